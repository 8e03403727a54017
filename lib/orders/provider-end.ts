// What a provider's status answer means for an order's money, per refund basis (the rules are
// written out in docs/refund-rules.md). Per-item types follow `remains`; flat-price types and
// Subscriptions have no meaningful remains, so their refund follows the provider's own `charge`
// (what it kept of what it charged at placement). An answer that cannot settle the money safely
// goes to the review queue instead of being guessed.
import { isPackageType } from "../catalog/service-types";
import { OrderStatus } from "../db";
import type { OrderState } from "../providers/types";
import { clampRemains, type FinalOutcome } from "./finalize-order";

export type RefundBasis = "items" | "flat" | "subscription";

export function refundBasisOf(serviceType: string): RefundBasis {
  if (serviceType === "Subscriptions") return "subscription";
  return isPackageType(serviceType) ? "flat" : "items";
}

/** The order as the rule needs it: its quantity (drip-feed: per run x runs) and its provider cost. */
export type EndingOrder = {
  quantity: number;
  cost: bigint;
  basis: RefundBasis;
  providerCurrency: string | null;
};

export type ProviderEnd =
  { kind: "running" } | { kind: "final"; outcome: FinalOutcome } | { kind: "review"; reason: string };

const running: ProviderEnd = { kind: "running" };
const review = (reason: string): ProviderEnd => ({ kind: "review", reason });

/** The provider's kept charge, when it can be compared with the order's cost. */
function keptCharge(state: OrderState, order: EndingOrder): bigint | null {
  if (state.charge === null || state.charge < 0n) return null;
  // A charge in another currency than the one the cost was recorded in says nothing about shares.
  if (
    state.currency &&
    order.providerCurrency &&
    state.currency.toUpperCase() !== order.providerCurrency.toUpperCase()
  )
    return null;
  return state.charge;
}

function byShare(state: OrderState, order: EndingOrder, ended: OrderStatus | null): ProviderEnd {
  const kept = keptCharge(state, order);
  if (kept === null)
    return review(
      `The provider reported ${state.rawStatus || state.status} without a charge to settle the refund by`,
    );
  const status = ended ?? (kept >= order.cost ? OrderStatus.COMPLETED : OrderStatus.PARTIAL);
  return { kind: "final", outcome: { status, share: { kept, of: order.cost }, remains: state.remains } };
}

export function readProviderEnd(state: OrderState, order: EndingOrder): ProviderEnd {
  const { status } = state;
  if (status === "PENDING" || status === "IN_PROGRESS" || status === "PROCESSING") return running;
  const canceled = status === "CANCELED" || status === "FAILED";

  if (order.basis === "items") {
    if (status === "COMPLETED") return { kind: "final", outcome: { status: OrderStatus.COMPLETED } };
    if (canceled) return { kind: "final", outcome: { status: OrderStatus.CANCELED } };
    // Partial or Expired: remains is the undelivered total (drip-feed: of all runs), clamped.
    const remains = clampRemains(state.remains, order.quantity);
    if (remains !== null) return { kind: "final", outcome: { status: OrderStatus.PARTIAL, remains } };
    return byShare(state, order, OrderStatus.PARTIAL);
  }
  if (order.basis === "flat") {
    if (status === "COMPLETED") return { kind: "final", outcome: { status: OrderStatus.COMPLETED } };
    if (canceled) return { kind: "final", outcome: { status: OrderStatus.CANCELED } };
    return byShare(state, order, OrderStatus.PARTIAL);
  }
  // Subscriptions: any end may come after some posts were served; the provider's charge decides.
  if (status === "COMPLETED" && keptCharge(state, order) === null)
    return { kind: "final", outcome: { status: OrderStatus.COMPLETED } };
  return byShare(
    state,
    order,
    canceled ? OrderStatus.CANCELED : status === "PARTIAL" ? OrderStatus.PARTIAL : null,
  );
}
