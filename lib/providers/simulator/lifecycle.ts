// Moves orders and refills through time: Pending -> In progress -> Completed / Partial /
// Canceled, refunding the simulator's own balance when an order ends Partial or Canceled.
import type { SimOrder, SimOrderStatus, SimRefill, SimRefillStatus, SimState } from "./state";

export interface SimTimings {
  /** How long a new order stays Pending. */
  pendingMs: number;
  /** How long it is In progress before it ends. */
  runMs: number;
  /** How long after a cancel request the order reports Canceled. */
  cancelMs: number;
  /** How long a refill takes to end. */
  refillMs: number;
}

export const DEMO_TIMINGS: SimTimings = {
  pendingMs: 15_000,
  runMs: 60_000,
  cancelMs: 5_000,
  refillMs: 30_000,
};

export interface OrderView {
  id: number;
  service: number;
  link: string | null;
  quantity: number;
  fields: Record<string, string>;
  status: SimOrderStatus;
  charge: bigint;
  refunded: bigint;
  startCount: number;
  remains: number;
}

/** What remains counts down from: the quantity, or a package's own item count. */
function itemsOf(order: SimOrder): number {
  return order.items ?? order.quantity;
}

/** Finalizes every order whose time has come. Returns true when something changed. */
export function settleOrders(state: SimState, now: number): boolean {
  let changed = false;
  for (const order of state.orders.values()) {
    if (order.final) continue;
    const canceled = order.cancelAt !== null && order.cancelAt <= order.naturalEndAt;
    const endAt = canceled ? (order.cancelAt as number) : order.naturalEndAt;
    if (now < endAt) continue;
    let refund = 0n;
    if (canceled) {
      order.final = { status: "Canceled", remains: itemsOf(order), at: endAt };
      refund = order.charge;
    } else if (order.plannedRemains > 0) {
      order.final = { status: "Partial", remains: order.plannedRemains, at: endAt };
      refund = (order.charge * BigInt(order.plannedRemains)) / BigInt(itemsOf(order));
    } else {
      order.final = { status: "Completed", remains: 0, at: endAt };
    }
    order.refunded = refund;
    state.balance += refund;
    changed = true;
  }
  return changed;
}

export function viewOrder(order: SimOrder, now: number): OrderView {
  const base = {
    id: order.id,
    service: order.service,
    link: order.link,
    quantity: order.quantity,
    fields: order.fields,
    charge: order.charge,
    refunded: order.refunded,
  };
  if (order.final)
    return {
      ...base,
      status: order.final.status,
      startCount: order.startCount,
      remains: order.final.remains,
    };
  if (now < order.startAt) return { ...base, status: "Pending", startCount: 0, remains: itemsOf(order) };
  // Delivery grows linearly towards what the order will end with.
  const target = itemsOf(order) - order.plannedRemains;
  const share = Math.min(1, (now - order.startAt) / Math.max(1, order.naturalEndAt - order.startAt));
  const delivered = Math.floor(target * share);
  return {
    ...base,
    status: "In progress",
    startCount: order.startCount,
    remains: itemsOf(order) - delivered,
  };
}

export function refillStatus(refill: SimRefill, now: number): SimRefillStatus {
  if (now >= refill.endAt) return refill.outcome;
  return now - refill.createdAt < (refill.endAt - refill.createdAt) / 2 ? "Pending" : "In progress";
}
