// The one way an order reaches a final status (Completed, Partial, Canceled) and the one way
// money goes back: a guarded transition (`updateMany where status is still allowed`, then check
// the count) and, in the same transaction, the refund's ledger row keyed `order:<id>:refund`.
// A repeated provider answer, a second worker or an admin edit finds the guard closed and
// refunds nothing.
import { releaseOrderCommission } from "../affiliates/commission";
import { LedgerType, OrderStatus, Prisma, type Tx } from "../db";
import { changeBalance } from "../ledger/change-balance";
import { queueOrderFinalMail } from "../mail/mails";
import { keptCost } from "./profit";
import { ACTIVE_ORDER_STATUSES } from "./status-names";
import { inTransaction } from "./transaction";

/** What the provider kept of its own charge for the order, and what it charged at placement. */
export type ProviderShare = { kept: bigint; of: bigint };

export type FinalOutcome =
  | { status: typeof OrderStatus.COMPLETED }
  | { status: typeof OrderStatus.PARTIAL; remains: number }
  | { status: typeof OrderStatus.CANCELED }
  /** Flat-price and Subscriptions orders: the refund follows the provider's own charge. */
  | { status: OrderStatus; share: ProviderShare; remains?: number | null };

/**
 * What goes back for an outcome (docs/refund-rules.md): nothing for Completed, the whole charge
 * for Canceled, charge x remains / quantity for Partial (remains clamped to [0, quantity]), and
 * charge x (of - kept) / of when the provider's charge decides. Always rounded down, so a refund
 * never exceeds the charge nor the provider's undelivered share.
 */
export function refundFor(charge: bigint, quantity: number, outcome: FinalOutcome): bigint {
  if ("share" in outcome) {
    const { kept, of } = outcome.share;
    if (of <= 0n) return 0n;
    const given = kept < 0n ? of : kept > of ? 0n : of - kept;
    return (charge * given) / of;
  }
  if (outcome.status === OrderStatus.COMPLETED) return 0n;
  if (outcome.status === OrderStatus.CANCELED || quantity <= 0) return charge;
  const remains = Math.min(Math.max(Math.trunc(outcome.remains), 0), quantity);
  return (charge * BigInt(remains)) / BigInt(quantity);
}

export function clampRemains(remains: number | null, quantity: number): number | null {
  if (remains === null || !Number.isFinite(remains)) return null;
  return Math.min(Math.max(Math.trunc(remains), 0), quantity);
}

function remainsAfter(outcome: FinalOutcome, quantity: number): number | null {
  if ("share" in outcome) return clampRemains(outcome.remains ?? null, quantity);
  if (outcome.status === OrderStatus.COMPLETED) return 0;
  return outcome.status === OrderStatus.PARTIAL ? clampRemains(outcome.remains, quantity) : quantity;
}

export type FinalizeOptions = {
  /** Statuses the order may leave (default: the active ones). */
  from?: readonly OrderStatus[];
  /** Extra guard conditions, e.g. the dispatch claim. */
  where?: Prisma.OrderWhereInput;
  /** Extra columns to write with the transition. */
  data?: Prisma.OrderUpdateManyMutationInput;
  adminId?: number;
  note?: string;
  now?: Date;
};

export type FinalizeResult = { applied: boolean; refund: bigint };

export async function finalizeOrder(
  orderId: number,
  outcome: FinalOutcome,
  options: FinalizeOptions = {},
  tx?: Tx,
): Promise<FinalizeResult> {
  return inTransaction(async (t) => {
    // The guarded write comes first: it decides who finalizes (and, on SQLite, takes the write
    // lock before any read, so concurrent processes queue instead of failing to upgrade).
    // An order that ends now (from a running status) adds its charge to the customer's net spend;
    // one moved between final statuses (an admin's later partial) only gives back its refund.
    const from = options.from ?? ACTIVE_ORDER_STATUSES;
    const claim = async (statuses: readonly OrderStatus[]) =>
      statuses.length > 0 &&
      (
        await t.order.updateMany({
          where: { id: orderId, status: { in: [...statuses] }, refunded: 0n, ...options.where },
          data: { ...options.data, status: outcome.status, completedAt: options.now ?? new Date() },
        })
      ).count > 0;
    const endsNow = await claim(from.filter((status) => ACTIVE_ORDER_STATUSES.includes(status)));
    if (!endsNow && !(await claim(from.filter((status) => !ACTIVE_ORDER_STATUSES.includes(status)))))
      return { applied: false, refund: 0n };
    const order = await t.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        userId: true,
        charge: true,
        cost: true,
        quantity: true,
        user: { select: { orderMails: true, referredById: true } },
      },
    });
    const refund = refundFor(order.charge, order.quantity, outcome);
    // Ended by the provider's own charge: the cost booked is what it kept (lib/orders/profit.ts).
    const costBooked = "share" in outcome ? keptCost(order.cost, outcome.share) : undefined;
    await t.order.update({
      where: { id: orderId },
      data: { remains: remainsAfter(outcome, order.quantity), refunded: refund, costBooked },
    });
    if (endsNow && order.charge > 0n)
      await t.user.update({ where: { id: order.userId }, data: { spent: { increment: order.charge } } });
    if (refund > 0n) {
      await changeBalance(t, {
        userId: order.userId,
        amount: refund,
        type: LedgerType.REFUND,
        orderId,
        adminId: options.adminId,
        note: options.note,
        idempotencyKey: `order:${orderId}:refund`,
      });
    }
    // The order has ended: its affiliate commission, less what the refund took back, is spendable.
    if (order.user.referredById !== null) await releaseOrderCommission(t, orderId, options.now ?? new Date());
    // The customer's opt-in mail, queued with the transition so it goes out once.
    if (order.user.orderMails && outcome.status !== OrderStatus.COMPLETED)
      await queueOrderFinalMail(orderId, t);
    return { applied: true, refund };
  }, tx);
}
