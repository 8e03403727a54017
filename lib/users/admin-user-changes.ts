// What an admin changes on a user: role, suspension, API access and key, balance, custom
// prices. Every change and its audit entry (before -> after, IP) commit in one transaction.
// Only the owner grants or removes admin, and nobody suspends or demotes the owner.
import { errorMessages } from "@/i18n/error-text";
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, isUniqueViolation, LedgerType, Role, UserStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { revokeApiKey } from "../reseller-api/api-keys";
import { resetTwoFactor } from "../two-factor/disable";
import {
  balanceAdjustmentSchema,
  discountSchema,
  roleSchema,
  serviceRateSchema,
  type BalanceAdjustmentInput,
  type ServiceRateInput,
} from "./admin-user-input";

const STATE = {
  id: true,
  email: true,
  role: true,
  status: true,
  apiAccess: true,
  sessionVersion: true,
} as const;

function checkId(userId: number) {
  if (!Number.isSafeInteger(userId) || userId <= 0) throw new NotFoundError("User not found");
}

async function loadUser(tx: Tx, userId: number) {
  checkId(userId);
  const user = await tx.user.findUnique({ where: { id: userId }, select: STATE });
  if (!user) throw new NotFoundError("User not found");
  return user;
}

/** The owner's account is out of every admin's reach (role, suspension, two-factor reset). */
export function notOwner(user: { role: Role }, message: string) {
  if (user.role === Role.OWNER) throw new AppError(message, "owner_protected");
}

/** Checked in the change's transaction, so a demoted owner cannot act on the way out. */
export async function assertActorIsOwner(tx: Tx, actor: Actor, message: string) {
  const row = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true, status: true } });
  if (row?.role !== Role.OWNER || row.status !== UserStatus.ACTIVE) throw new AppError(message, "forbidden");
}

function notSelf(actor: Actor, userId: number, what: string) {
  if (actor.id === userId) throw new AppError(`You cannot ${what} your own account`, "self_change");
}

export async function changeUserRole(userId: number, role: string, actor: Actor) {
  const next = roleSchema.parse(role);
  notSelf(actor, userId, "change the role of");
  return db.$transaction(async (tx) => {
    await assertActorIsOwner(tx, actor, errorMessages.ownerGrantsAdmin);
    const before = await loadUser(tx, userId);
    notOwner(before, errorMessages.ownerNoDemote);
    if (before.role === next) return before;
    const after = await tx.user.update({ where: { id: userId }, data: { role: next }, select: STATE });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "user.role",
        targetType: "user",
        targetId: userId,
        before: { role: before.role },
        after: { role: after.role },
      },
      tx,
    );
    return after;
  });
}

/** Suspending ends every session at once (sessionVersion) and stops the API key (findApiUser checks status). */
export async function setUserSuspended(userId: number, suspended: boolean, actor: Actor) {
  notSelf(actor, userId, "suspend or reactivate");
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    notOwner(before, errorMessages.ownerNoSuspend);
    const status = suspended ? UserStatus.SUSPENDED : UserStatus.ACTIVE;
    if (before.status === status) return before;
    const after = await tx.user.update({
      where: { id: userId },
      data: { status, ...(suspended ? { sessionVersion: { increment: 1 } } : {}) },
      select: STATE,
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: suspended ? "user.suspend" : "user.reactivate",
        targetType: "user",
        targetId: userId,
        before: { status: before.status },
        after: { status: after.status },
      },
      tx,
    );
    return after;
  });
}

/** The owner resets another account's two-factor sign-in (never the owner's own, nor from a plain admin). */
export async function resetUserTwoFactor(userId: number, actor: Actor): Promise<void> {
  notSelf(actor, userId, "reset two-factor sign-in of");
  await db.$transaction(async (tx) => {
    await assertActorIsOwner(tx, actor, errorMessages.ownerRoleOnly);
    notOwner(await loadUser(tx, userId), errorMessages.ownerNoTwoFactorReset);
  });
  if (!(await resetTwoFactor(userId, actor)))
    throw new AppError(errorMessages.twoFactor.notOn, "two_factor_off");
}

export async function setUserApiAccess(userId: number, enabled: boolean, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    if (before.apiAccess === enabled) return before;
    const after = await tx.user.update({
      where: { id: userId },
      data: { apiAccess: enabled },
      select: STATE,
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: enabled ? "user.api_enable" : "user.api_disable",
        targetType: "user",
        targetId: userId,
        before: { apiAccess: before.apiAccess },
        after: { apiAccess: enabled },
      },
      tx,
    );
    return after;
  });
}

/** Revokes the user's API key at once; the user generates a new one on their API page. */
export async function resetUserApiKey(userId: number, actor: Actor) {
  await db.$transaction(async (tx) => {
    await loadUser(tx, userId);
    const key = await tx.apiKey.findUnique({ where: { userId }, select: { prefix: true } });
    if (!key) throw new AppError("This user has no API key", "no_api_key");
    await revokeApiKey(userId, tx);
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "user.api_key_reset",
        targetType: "user",
        targetId: userId,
        before: { keyPrefix: key.prefix },
        after: { keyPrefix: null },
      },
      tx,
    );
  });
}

/**
 * A credit or debit with a required reason, in the ledger (never below zero) and the audit log.
 * The form's token keys the ledger row: a repeat answers with the first adjustment's balance.
 */
export async function adjustUserBalance(
  userId: number,
  input: BalanceAdjustmentInput,
  actor: Actor,
): Promise<{ balanceAfter: bigint }> {
  const data = balanceAdjustmentSchema.parse(input);
  const amount = data.direction === "credit" ? data.amount : -data.amount;
  checkId(userId);
  const idempotencyKey = data.idempotencyKey && `adjust:${userId}:${data.idempotencyKey}`;
  const first = () =>
    idempotencyKey
      ? db.ledgerEntry.findUnique({ where: { idempotencyKey }, select: { balanceAfter: true } })
      : null;
  const earlier = await first();
  if (earlier) return earlier;
  try {
    return await applyAdjustment(userId, amount, data.reason, actor, idempotencyKey);
  } catch (error) {
    // Two submits raced: the unique key let one in; answer with it.
    const winner = isUniqueViolation(error) ? await first() : null;
    if (winner) return winner;
    throw error;
  }
}

function applyAdjustment(
  userId: number,
  amount: bigint,
  reason: string,
  actor: Actor,
  idempotencyKey: string | undefined,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { balance: true } });
    if (!before) throw new NotFoundError("User not found");
    const { balanceAfter, entryId } = await changeBalance(tx, {
      userId,
      amount,
      type: LedgerType.ADJUSTMENT,
      adminId: actor.id,
      note: reason,
      idempotencyKey,
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "balance.adjust",
        targetType: "user",
        targetId: userId,
        before: { balance: before.balance },
        after: { balance: balanceAfter, amount, reason, ledgerEntryId: entryId },
      },
      tx,
    );
    return { balanceAfter };
  });
}

/** The user's percent off every service (null removes it). Stored as the row with serviceId null. */
export async function setUserDiscount(userId: number, percent: string, actor: Actor) {
  const bps = discountSchema.parse(percent);
  return db.$transaction(async (tx) => {
    await loadUser(tx, userId);
    const existing = await tx.userServicePrice.findFirst({ where: { userId, serviceId: null } });
    const before = existing?.discountBps ?? null;
    if (bps === null) {
      if (existing) await tx.userServicePrice.delete({ where: { id: existing.id } });
    } else if (existing) {
      await tx.userServicePrice.update({
        where: { id: existing.id },
        data: { discountBps: bps, rate: null },
      });
    } else {
      await tx.userServicePrice.create({ data: { userId, serviceId: null, discountBps: bps } });
    }
    if (before !== bps) {
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "user.price_discount",
          targetType: "user",
          targetId: userId,
          before: { discountBps: before },
          after: { discountBps: bps },
        },
        tx,
      );
    }
    return { discountBps: bps };
  });
}

/** A fixed rate per 1000 for one service for this user (null removes it). */
export async function setUserServiceRate(userId: number, input: ServiceRateInput, actor: Actor) {
  const data = serviceRateSchema.parse(input);
  return db.$transaction(async (tx) => {
    await loadUser(tx, userId);
    const service = await tx.service.findUnique({ where: { id: data.serviceId }, select: { id: true } });
    if (!service) throw new AppError("Service not found", "not_found", "serviceId");
    const key = { userId_serviceId: { userId, serviceId: data.serviceId } };
    const existing = await tx.userServicePrice.findUnique({ where: key });
    if (data.rate === null) {
      if (existing) await tx.userServicePrice.delete({ where: key });
    } else {
      await tx.userServicePrice.upsert({
        where: key,
        create: { userId, serviceId: data.serviceId, rate: data.rate },
        update: { rate: data.rate, discountBps: null },
      });
    }
    if ((existing?.rate ?? null) !== data.rate) {
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "user.price_rate",
          targetType: "user",
          targetId: userId,
          before: { serviceId: data.serviceId, rate: existing?.rate ?? null },
          after: { serviceId: data.serviceId, rate: data.rate },
        },
        tx,
      );
    }
    return { rate: data.rate };
  });
}
