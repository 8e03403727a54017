// Customer cancels. Allowed when the service offers cancel and the order is not final. An order
// never sent is canceled and refunded at once (guarded QUEUED -> CLOSED); a sent one is asked of
// the provider, and the refund follows when the provider reports it Canceled (status sync).
// A cancel the provider accepted is recorded (cancelRequestedAt, claimed by a guarded write
// before the call) and stands for an hour: repeats meanwhile answer from the record and never
// call the provider again, so a burst of requests cannot get the panel's key throttled.
import type { ErrorI18n } from "@/i18n/error-text";
import { db, DispatchState, OrderStatus } from "../db";
import { connectProvider } from "../providers/connect";
import { scrubAddresses } from "../providers/scrub-addresses";
import { finalizeOrder } from "./finalize-order";
import { isFinalStatus } from "./status-names";

export type CancelResult = { ok: true } | { ok: false; error: string; i18n?: ErrorI18n };

const fail = (error: string, i18n?: ErrorI18n): CancelResult => ({ ok: false, error, i18n });

/** How long an accepted cancel request stands before a new one may be sent to the provider. */
export const CANCEL_REQUEST_STANDS_MS = 60 * 60_000;

/** Takes the right to ask the provider: false while an earlier request stands. */
async function claimCancelRequest(orderId: number, now: Date): Promise<boolean> {
  const claimed = await db.order.updateMany({
    where: {
      id: orderId,
      dispatchState: DispatchState.SENT,
      OR: [
        { cancelRequestedAt: null },
        { cancelRequestedAt: { lt: new Date(now.getTime() - CANCEL_REQUEST_STANDS_MS) } },
      ],
    },
    data: { cancelRequestedAt: now },
  });
  return claimed.count === 1;
}

/** Whether the cancel button shows: the service offers cancel and the order is not final. */
export function canCancel(order: { status: OrderStatus }, service: { cancel: boolean }): boolean {
  return service.cancel && !isFinalStatus(order.status);
}

export async function requestCancel(
  userId: number,
  orderIds: readonly number[],
): Promise<Map<number, CancelResult>> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0))];
  const orders = ids.length
    ? await db.order.findMany({
        where: { userId, id: { in: ids } },
        select: {
          id: true,
          status: true,
          dispatchState: true,
          providerOrderId: true,
          provider: { select: { id: true, apiUrl: true, apiKeyEncrypted: true } },
          service: { select: { providerService: { select: { cancel: true } } } },
        },
      })
    : [];
  const byId = new Map(orders.map((o) => [o.id, o]));
  const now = new Date();
  const results = new Map<number, CancelResult>();
  const toAsk: SentOrder[] = [];

  for (const id of orderIds) {
    const order = byId.get(id);
    if (!order) {
      results.set(id, fail("Incorrect order ID"));
      continue;
    }
    if (results.has(id)) continue;
    if (!order.service.providerService.cancel)
      results.set(id, fail("Cancel is not available for this service"));
    else if (isFinalStatus(order.status))
      results.set(id, fail("The order is already finished and cannot be canceled"));
    else if (order.dispatchState === DispatchState.QUEUED) {
      const canceled = await finalizeOrder(
        id,
        { status: OrderStatus.CANCELED },
        {
          where: { dispatchState: DispatchState.QUEUED },
          data: { dispatchState: DispatchState.CLOSED, lastError: "Canceled before it was sent" },
          note: "Canceled by the customer",
        },
      );
      results.set(
        id,
        canceled.applied
          ? { ok: true }
          : fail("The order is being sent to the provider; try again in a minute"),
      );
    } else if (order.dispatchState === DispatchState.SENT && order.providerOrderId) {
      if (!toAsk.some((o) => o.id === id))
        toAsk.push({ id, providerOrderId: order.providerOrderId, provider: order.provider });
    } else if (order.dispatchState === DispatchState.REVIEW)
      results.set(id, fail("The order is being checked by support; try again later"));
    else results.set(id, fail("The order is being sent to the provider; try again in a minute"));
  }

  for (const [id, result] of await askProviderToCancel(toAsk, now)) results.set(id, result);
  return new Map(orderIds.map((id) => [id, results.get(id) ?? fail("Incorrect order ID")]));
}

type SentOrder = {
  id: number;
  providerOrderId: string;
  provider: { id: number; apiUrl: string; apiKeyEncrypted: string };
};

/**
 * Asks the provider to cancel orders it accepted (API v2 `cancel`, one call per provider). The
 * refund follows when the provider reports them Canceled (status sync). Used by the customer's
 * cancel and the admin's "ask the provider to cancel".
 */
export async function askProviderToCancel(
  orders: readonly SentOrder[],
  now = new Date(),
): Promise<Map<number, CancelResult>> {
  const results = new Map<number, CancelResult>();
  const toProvider = new Map<number, { provider: SentOrder["provider"]; orders: SentOrder[] }>();
  for (const order of orders) {
    if (!(await claimCancelRequest(order.id, now))) {
      results.set(order.id, { ok: true }); // asked already; the provider has it
      continue;
    }
    const group = toProvider.get(order.provider.id) ?? { provider: order.provider, orders: [] };
    group.orders.push(order);
    toProvider.set(order.provider.id, group);
  }
  for (const { provider, orders: group } of toProvider.values()) {
    const answers = await connectProvider(provider).cancel(group.map((o) => o.providerOrderId));
    for (const { id, providerOrderId } of group) {
      const answer = answers.get(providerOrderId);
      if (answer?.kind === "ok") {
        results.set(id, { ok: true });
        continue;
      }
      await db.order.updateMany({ where: { id, cancelRequestedAt: now }, data: { cancelRequestedAt: null } });
      if (answer?.kind === "rejected") {
        const reason = scrubAddresses(answer.reason);
        results.set(
          id,
          fail(`The provider refused the cancel: ${reason}`, {
            key: "errors.cancel.providerRefused",
            values: { reason },
          }),
        );
      } else
        results.set(id, fail("The provider could not take the cancel request right now; try again later"));
    }
  }
  return results;
}
