// Hands the panel's ownership to another account (the CLI's transfer-ownership): the new owner
// takes the role, the old one stays an admin. One transaction, so there is never a second owner.
import { errorMessages } from "@/i18n/error-text";
import { recordAudit } from "../audit/record-audit";
import { db, Role, UserStatus } from "../db";
import { AppError } from "../errors";
import { emailSchema } from "../validations/user";

export async function transferOwnership(
  email: string,
): Promise<{ id: number; email: string; previousOwnerId: number | null }> {
  const address = emailSchema.parse(email);
  return db.$transaction(async (tx) => {
    const next = await tx.user.findUnique({
      where: { email: address },
      select: { id: true, email: true, role: true, status: true },
    });
    if (!next) throw new AppError(`No user with email ${address}`, "not_found");
    if (next.status !== UserStatus.ACTIVE) throw new AppError(errorMessages.ownerSuspended, "suspended");
    const previous = await tx.user.findFirst({ where: { role: Role.OWNER }, select: { id: true } });
    if (previous?.id === next.id) return { id: next.id, email: next.email, previousOwnerId: previous.id };
    await tx.user.updateMany({ where: { role: Role.OWNER }, data: { role: Role.ADMIN } });
    await tx.user.update({ where: { id: next.id }, data: { role: Role.OWNER } });
    await recordAudit(
      {
        actorId: previous?.id ?? null,
        action: "user.owner_transfer",
        targetType: "user",
        targetId: next.id,
        before: { ownerId: previous?.id ?? null, role: next.role },
        after: { ownerId: next.id },
      },
      tx,
    );
    return { id: next.id, email: next.email, previousOwnerId: previous?.id ?? null };
  });
}
