// The owner's tier table and pins, each change audited in its own transaction.
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, isUniqueViolation } from "../db";
import { AppError, NotFoundError } from "../errors";
import { tierInputSchema, type TierInput } from "../validations/tier";
import { errorMessages } from "@/i18n/error-text";

function rethrowTaken(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError(errorMessages.tierNameTaken, "name_taken", "name");
  }
  throw error;
}

export async function saveTier(input: TierInput, actor: Actor, id?: number) {
  const data = tierInputSchema.parse(input);
  return db
    .$transaction(async (tx) => {
      const before = id ? await tx.tier.findUnique({ where: { id } }) : null;
      if (id && !before) throw new NotFoundError(errorMessages.tierNotFound);
      const tier = id ? await tx.tier.update({ where: { id }, data }) : await tx.tier.create({ data });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: id ? "tier.update" : "tier.create",
          targetType: "tier",
          targetId: tier.id,
          before,
          after: data,
        },
        tx,
      );
      return tier;
    })
    .catch(rethrowTaken);
}

export async function deleteTier(id: number, actor: Actor) {
  await db.$transaction(async (tx) => {
    const tier = await tx.tier.findUnique({ where: { id } });
    if (!tier) throw new NotFoundError(errorMessages.tierNotFound);
    await tx.user.updateMany({ where: { pinnedTierId: id }, data: { pinnedTierId: null } });
    await tx.tier.delete({ where: { id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "tier.delete",
        targetType: "tier",
        targetId: id,
        before: tier,
      },
      tx,
    );
  });
}

/** Pins a customer to a tier (or back to the tier their spend earns, with null). */
export async function pinUserTier(userId: number, tierId: number | null, actor: Actor) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { pinnedTierId: true } });
    if (!user) throw new NotFoundError();
    if (tierId !== null && !(await tx.tier.findUnique({ where: { id: tierId } })))
      throw new NotFoundError(errorMessages.tierNotFound);
    await tx.user.update({ where: { id: userId }, data: { pinnedTierId: tierId } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "user.tier_pin",
        targetType: "user",
        targetId: userId,
        before: { pinnedTierId: user.pinnedTierId },
        after: { pinnedTierId: tierId },
      },
      tx,
    );
  });
}
