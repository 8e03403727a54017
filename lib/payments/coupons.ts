// Coupons: a fixed amount or a percent of the deposit they come with, once per user, with an
// optional number of uses and an expiry. The customer enters the code on Add funds; it is checked
// then and redeemed when the deposit is credited (lib/payments/credit.ts), under guards: the
// redemption row is unique per (coupon, user) and per deposit, and uses are taken with a
// conditional decrement.
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { moneyInput } from "../validations/money";
import { percentOf, percentToBps } from "./decimal";

export const couponCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{3,32}$/, "3 to 32 letters, digits, - or _");

export const couponSchema = z
  .object({
    code: couponCode,
    kind: z.enum(["fixed", "percent"]),
    value: z.string().trim(),
    maxUses: z
      .string()
      .trim()
      .regex(/^\d{0,7}$/, "A whole number, or empty for unlimited")
      .default(""),
    expiresAt: z.string().trim().default(""),
  })
  .transform((input, ctx) => {
    let value: bigint | null = null;
    if (input.kind === "fixed") {
      const parsed = moneyInput({
        message: "An amount like 5 or 2.50",
        positive: true,
        decimals: 2,
      }).safeParse(input.value);
      value = parsed.success ? parsed.data : null;
    } else {
      const bps = percentToBps(input.value);
      value = bps && bps <= 10_000 ? BigInt(bps) : null;
    }
    if (value === null || value <= 0n) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: input.kind === "fixed" ? "An amount like 5 or 2.50" : "A percent above 0 and up to 100",
      });
      return z.NEVER;
    }
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && Number.isNaN(expiresAt.getTime())) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "A date like 2026-12-31" });
      return z.NEVER;
    }
    return {
      code: input.code,
      kind: input.kind,
      value,
      usesLeft: input.maxUses === "" ? null : Number(input.maxUses),
      expiresAt,
    };
  });

export async function createCoupon(input: z.input<typeof couponSchema>, actor: Actor) {
  const data = couponSchema.parse(input);
  if (await db.coupon.findUnique({ where: { code: data.code } }))
    throw new AppError("A coupon with this code exists", "code_taken", "code");
  return db.$transaction(async (tx) => {
    const coupon = await tx.coupon.create({ data });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "coupon.create",
        targetType: "coupon",
        targetId: coupon.id,
        after: coupon,
      },
      tx,
    );
    return coupon;
  });
}

export async function setCouponActive(id: number, active: boolean, actor: Actor) {
  await db.$transaction(async (tx) => {
    const moved = await tx.coupon.updateMany({ where: { id }, data: { active } });
    if (moved.count === 0) throw new NotFoundError("Coupon not found");
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: active ? "coupon.enable" : "coupon.disable",
        targetType: "coupon",
        targetId: id,
      },
      tx,
    );
  });
}

export function listCoupons() {
  return db.coupon.findMany({
    orderBy: { id: "desc" },
    include: { _count: { select: { redemptions: true } } },
  });
}

/** Checks a code a customer typed; the coupon's id, or an error fit for the customer. */
export async function checkCoupon(code: string, userId: number, tx: Tx = db): Promise<number> {
  const parsed = couponCode.safeParse(code);
  const coupon = parsed.success ? await tx.coupon.findUnique({ where: { code: parsed.data } }) : null;
  if (!coupon || !coupon.active) throw new AppError("This coupon does not exist", "coupon_invalid", "coupon");
  if (coupon.expiresAt && coupon.expiresAt <= new Date())
    throw new AppError("This coupon has expired", "coupon_expired", "coupon");
  if (coupon.usesLeft !== null && coupon.usesLeft <= 0)
    throw new AppError("This coupon has been used up", "coupon_used_up", "coupon");
  if (await tx.couponRedemption.findUnique({ where: { couponId_userId: { couponId: coupon.id, userId } } })) {
    throw new AppError("You have already used this coupon", "coupon_used", "coupon");
  }
  return coupon.id;
}

/**
 * Redeems at credit time, inside the credit's transaction. Returns null (no coupon credit, the
 * deposit itself still credits) when the coupon expired, ran out or the user already used it.
 */
export async function redeemCoupon(
  tx: Tx,
  input: { couponId: number; userId: number; depositId: number; credited: bigint },
) {
  const coupon = await tx.coupon.findUnique({ where: { id: input.couponId } });
  if (!coupon || !coupon.active || (coupon.expiresAt && coupon.expiresAt <= new Date())) return null;
  if (
    await tx.couponRedemption.findUnique({
      where: { couponId_userId: { couponId: coupon.id, userId: input.userId } },
    })
  )
    return null;
  if (coupon.usesLeft !== null) {
    const taken = await tx.coupon.updateMany({
      where: { id: coupon.id, usesLeft: { gt: 0 } },
      data: { usesLeft: { decrement: 1 } },
    });
    if (taken.count === 0) return null;
  }
  const amount = coupon.kind === "fixed" ? coupon.value : percentOf(input.credited, coupon.value);
  if (amount <= 0n) return null;
  await tx.couponRedemption.create({
    data: { couponId: coupon.id, userId: input.userId, depositId: input.depositId, amount },
  });
  return { amount, code: coupon.code };
}
