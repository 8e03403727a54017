// Admin operations on one order, for the review queue and the order detail. Each is a guarded
// transition (the order must still be in the state the admin saw) with its audit entry in the
// same transaction; money moves only through finalizeOrder, so none can refund twice.
import { recordAudit } from "../audit/record-audit";
import { db, DispatchState, OrderStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { dispatchOrder, type DispatchOutcome } from "./dispatch";
import { finalizeOrder, type FinalOutcome } from "./finalize-order";
import { askProviderToCancel } from "./cancel";
import { ACTIVE_ORDER_STATUSES, isFinalStatus } from "./status-names";
import { ORDER_TX_OPTIONS } from "./transaction";

export type AdminActor = { id: number; ip?: string };

const SNAPSHOT = {
  status: true,
  dispatchState: true,
  providerOrderId: true,
  remains: true,
  refunded: true,
} as const;

async function snapshot(tx: Tx, orderId: number) {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { ...SNAPSHOT, providerId: true, quantity: true, cost: true },
  });
  if (!order) throw new NotFoundError("Order not found");
  return order;
}

async function audited<T>(
  actor: AdminActor,
  action: string,
  orderId: number,
  work: (tx: Tx, before: Awaited<ReturnType<typeof snapshot>>) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const before = await snapshot(tx, orderId);
    const result = await work(tx, before);
    const after = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: SNAPSHOT });
    const shown = {
      status: before.status,
      dispatchState: before.dispatchState,
      providerOrderId: before.providerOrderId,
      remains: before.remains,
      refunded: before.refunded,
    };
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action,
        targetType: "order",
        targetId: orderId,
        before: shown,
        after,
      },
      tx,
    );
    return result;
  }, ORDER_TX_OPTIONS);
}

const stale = () => new AppError("The order changed meanwhile; reload and try again", "conflict");

/**
 * Send the order again now: one in the review queue (the admin checked the provider does not
 * have it) or one still queued (stuck after temporary refusals). An order the provider accepted
 * (SENT) or that is being sent is never resent, so nothing is duplicated; the charge stays one.
 */
export async function resendOrder(actor: AdminActor, orderId: number): Promise<{ outcome: DispatchOutcome }> {
  await audited(actor, "order.resend", orderId, async (tx, before) => {
    if (before.dispatchState === DispatchState.SENT)
      throw new AppError(
        `The provider already has it (order ${before.providerOrderId}): it is not resent`,
        "conflict",
        undefined,
        {
          key: "errors.orderAdmin.alreadySent",
          values: { providerOrderId: String(before.providerOrderId) },
        },
      );
    const queued = await tx.order.updateMany({
      where: {
        id: orderId,
        dispatchState: { in: [DispatchState.REVIEW, DispatchState.QUEUED] },
        status: OrderStatus.PENDING,
      },
      data: {
        dispatchState: DispatchState.QUEUED,
        nextDispatchAt: new Date(),
        providerOrderId: null,
        reviewReason: null,
        claimedBy: null,
        claimUntil: null,
      },
    });
    if (queued.count === 0)
      throw new AppError(
        "Only orders not yet sent (in the review queue or queued) can be resent",
        "conflict",
      );
  });
  return { outcome: await dispatchOrder(orderId) };
}

/** Review queue: the provider did take it; record its id and let the status sync follow it. */
export async function attachProviderOrderId(
  actor: AdminActor,
  orderId: number,
  providerOrderId: string,
): Promise<void> {
  const id = providerOrderId.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw new AppError("Enter the provider's order ID", "invalid_field", "providerOrderId");
  await audited(actor, "order.attach_provider_id", orderId, async (tx, before) => {
    const taken = await tx.order.count({
      where: { providerId: before.providerId, providerOrderId: id, id: { not: orderId } },
    });
    if (taken)
      throw new AppError("Another order already has this provider order ID", "conflict", "providerOrderId");
    const attached = await tx.order.updateMany({
      where: { id: orderId, dispatchState: DispatchState.REVIEW, status: { in: [...ACTIVE_ORDER_STATUSES] } },
      data: {
        dispatchState: DispatchState.SENT,
        providerOrderId: id,
        reviewReason: null,
        statusCheckedAt: null,
      },
    });
    if (attached.count === 0)
      throw new AppError("Only orders in the review queue can get a provider order ID", "conflict");
  });
}

/** What the customer's Transactions page says about a refund an admin's decision made. */
const REFUND_NOTES = {
  "order.cancel_refund": "Canceled by the panel, charge refunded",
  "order.set_partial": "Partly delivered, undelivered share refunded",
  "order.mark_completed": "Completed",
} as const;

async function finalizeByAdmin(
  actor: AdminActor,
  action: keyof typeof REFUND_NOTES,
  orderId: number,
  outcome: FinalOutcome,
  from: readonly OrderStatus[],
) {
  return audited(actor, action, orderId, async (tx, before) => {
    if (before.dispatchState === DispatchState.SENDING)
      throw new AppError("The order is being sent to the provider; try again in a minute", "conflict");
    const closeDispatch =
      before.dispatchState === DispatchState.SENT ? {} : { dispatchState: DispatchState.CLOSED };
    // Refunded while the provider has it: it may still deliver, so its whole cost stays booked.
    const costBooked =
      outcome.status === OrderStatus.CANCELED && before.dispatchState === DispatchState.SENT
        ? { costBooked: before.cost }
        : {};
    const result = await finalizeOrder(
      orderId,
      outcome,
      {
        from,
        where: { dispatchState: before.dispatchState },
        data: { ...closeDispatch, ...costBooked, claimedBy: null, claimUntil: null, reviewReason: null },
        adminId: actor.id,
        note: REFUND_NOTES[action],
      },
      tx,
    );
    if (!result.applied) throw stale();
    return { refund: result.refund };
  });
}

/**
 * Cancel with the whole charge back, at once. Not forwarded to the provider: when the provider
 * accepted the order its cost stays booked (see askProviderCancel for the way that gets it back).
 */
export async function cancelAndRefund(actor: AdminActor, orderId: number): Promise<{ refund: bigint }> {
  return finalizeByAdmin(
    actor,
    "order.cancel_refund",
    orderId,
    { status: OrderStatus.CANCELED },
    ACTIVE_ORDER_STATUSES,
  );
}

/**
 * Ask the provider to cancel an order it accepted (API v2 `cancel`), as a customer's cancel does;
 * the refund follows, with no cost, when the provider reports it Canceled (status sync).
 */
export async function askProviderCancel(actor: AdminActor, orderId: number): Promise<void> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      status: true,
      dispatchState: true,
      providerOrderId: true,
      provider: { select: { id: true, apiUrl: true, apiKeyEncrypted: true } },
    },
  });
  if (!order) throw new NotFoundError("Order not found");
  if (isFinalStatus(order.status) || order.dispatchState !== DispatchState.SENT || !order.providerOrderId) {
    throw new AppError(
      "Only orders the provider accepted and has not finished can be canceled at the provider",
      "conflict",
    );
  }
  const result = (
    await askProviderToCancel([
      { id: orderId, providerOrderId: order.providerOrderId, provider: order.provider },
    ])
  ).get(orderId);
  await recordAudit({
    actorId: actor.id,
    ip: actor.ip,
    action: "order.ask_provider_cancel",
    targetType: "order",
    targetId: orderId,
    after: { ok: result?.ok ?? false },
  });
  if (result && !result.ok) throw new AppError(result.error, "provider_refused", undefined, result.i18n);
}

/** Partial with `remains` undelivered: charge x remains / quantity back. Also corrects a Completed order once. */
export async function setPartial(
  actor: AdminActor,
  orderId: number,
  remains: number,
): Promise<{ refund: bigint }> {
  if (!Number.isSafeInteger(remains) || remains < 0)
    throw new AppError("Remains must be a whole number, 0 or more", "invalid_field", "remains");
  return finalizeByAdmin(actor, "order.set_partial", orderId, { status: OrderStatus.PARTIAL, remains }, [
    ...ACTIVE_ORDER_STATUSES,
    OrderStatus.COMPLETED,
  ]);
}

export async function markCompleted(actor: AdminActor, orderId: number): Promise<void> {
  await finalizeByAdmin(
    actor,
    "order.mark_completed",
    orderId,
    { status: OrderStatus.COMPLETED },
    ACTIVE_ORDER_STATUSES,
  );
}

/** Correct the start count the provider reported (or never did), on any order. No money moves. */
export async function setStartCount(actor: AdminActor, orderId: number, startCount: number): Promise<void> {
  if (!Number.isSafeInteger(startCount) || startCount < 0)
    throw new AppError("Start count must be a whole number, 0 or more", "invalid_field", "startCount");
  await audited(actor, "order.set_start_count", orderId, async (tx) => {
    await tx.order.update({ where: { id: orderId }, data: { startCount } });
  });
}

export const BULK_STATUSES = ["COMPLETED", "CANCELED"] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];
export type BulkResult = { id: number; ok: true; refund?: bigint } | { id: number; ok: false; error: string };

/**
 * Several orders to Completed, or Canceled with the whole charge back, one guarded transition
 * each (markCompleted / cancelAndRefund): an order that cannot change is reported and skipped.
 */
export async function changeOrderStatuses(
  actor: AdminActor,
  orderIds: readonly number[],
  status: BulkStatus,
): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const id of orderIds) {
    try {
      if (status === "COMPLETED") {
        await markCompleted(actor, id);
        results.push({ id, ok: true });
      } else {
        results.push({ id, ok: true, refund: (await cancelAndRefund(actor, id)).refund });
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: error.message });
    }
  }
  return results;
}
