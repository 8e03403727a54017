// The API v2 actions as the simulator answers them, in the document's shapes. Every answer is a
// JSON value; failures are {"error": "..."} like real panels send them (HTTP 200).
import type { SimulatorCore } from "./core";
import {
  renderAdded,
  renderBalance,
  renderCancelAccepted,
  renderOrder,
  renderRefillId,
  renderRefillStatus,
  renderService,
} from "./dialect";
import { refillStatus as refillStatusAt, viewOrder } from "./lifecycle";
import { randomInt } from "./random";
import { checkAdd } from "./validate-add";

export type Params = Record<string, string>;

const MAX_IDS = 100;
/** A package's own item count, so that a package can end Partial like providers report it. */
const PACKAGE_ITEMS = 100;
const HUGE_START_COUNT = 3_000_000_000;

function idList(text: string | undefined): string[] | null {
  if (!text) return null;
  const ids = text
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return ids.length > 0 && ids.length <= MAX_IDS ? ids : null;
}

function add(core: SimulatorCore, p: Params): unknown {
  const service = core.catalog.get(Number(p.service));
  if (!service || !/^\d+$/.test(p.service ?? "")) return { error: "Incorrect service ID" };
  const check = checkAdd(service, p);
  if (!check.ok) return { error: check.error };
  if (core.state.balance < check.charge) return { error: "Not enough funds on balance" };
  const now = core.now();
  const id = core.state.nextOrderId++;
  const items =
    service.type === "Package" || service.type === "Custom Comments Package" ? PACKAGE_ITEMS : check.quantity;
  const partial = items >= 2 && core.random() < core.partialShare;
  // Drawn only when asked for, so seeded runs without it keep their sequence.
  const huge = core.hugeStartCountShare > 0 && core.random() < core.hugeStartCountShare;
  const startAt = now + core.timings.pendingMs;
  const fields: Params = { ...p };
  delete fields.key;
  delete fields.action;
  core.state.orders.set(id, {
    id,
    service: service.service,
    link: check.link,
    quantity: check.quantity,
    items,
    fields,
    charge: check.charge,
    refunded: 0n,
    startCount: randomInt(core.random, 100, 20_000) + (huge ? HUGE_START_COUNT : 0),
    createdAt: now,
    startAt,
    naturalEndAt: startAt + core.timings.runMs,
    plannedRemains: partial ? randomInt(core.random, 1, items - 1) : 0,
    cancelAt: null,
    final: null,
  });
  core.state.balance -= check.charge;
  core.state.acceptedAdds += 1;
  core.persist();
  return renderAdded(id, core.state.balance, core.dialect);
}

function orderAnswer(core: SimulatorCore, id: string): Record<string, unknown> {
  const order = core.state.orders.get(Number(id));
  if (!order || !/^\d+$/.test(id)) return { error: "Incorrect order ID" };
  const subscription = core.catalog.get(order.service)?.type === "Subscriptions";
  return renderOrder(viewOrder(order, core.now()), core.currency, core.dialect, subscription);
}

function status(core: SimulatorCore, p: Params): unknown {
  if (p.orders !== undefined) {
    const ids = idList(p.orders);
    if (!ids) return { error: `Incorrect request: between 1 and ${MAX_IDS} order IDs` };
    return Object.fromEntries(ids.map((id) => [id, orderAnswer(core, id)]));
  }
  return orderAnswer(core, p.order ?? "");
}

function refillOne(core: SimulatorCore, id: string): Record<string, unknown> | string | number {
  const order = core.state.orders.get(Number(id));
  if (!order || !/^\d+$/.test(id)) return { error: "Incorrect order ID" };
  if (!core.catalog.get(order.service)?.refill) return { error: "Refill is not available for this service" };
  const status = viewOrder(order, core.now()).status;
  if (status !== "Completed" && status !== "Partial")
    return { error: "Refill is available only for completed orders" };
  const refillId = core.state.nextRefillId++;
  const now = core.now();
  core.state.refills.set(refillId, {
    id: refillId,
    orderId: order.id,
    createdAt: now,
    endAt: now + core.timings.refillMs,
    outcome: core.random() < core.refillRejectShare ? "Rejected" : "Completed",
  });
  core.persist();
  return renderRefillId(refillId, core.dialect);
}

function refill(core: SimulatorCore, p: Params): unknown {
  if (p.orders !== undefined) {
    const ids = idList(p.orders);
    if (!ids) return { error: `Incorrect request: between 1 and ${MAX_IDS} order IDs` };
    return ids.map((id) => ({ order: Number(id) || id, refill: refillOne(core, id) }));
  }
  const result = refillOne(core, p.order ?? "");
  return typeof result === "object" ? result : { refill: result };
}

function refillStatusOf(core: SimulatorCore, id: string): string | { error: string } {
  const refill = core.state.refills.get(Number(id));
  if (!refill || !/^\d+$/.test(id)) return { error: "Refill not found" };
  return renderRefillStatus(refillStatusAt(refill, core.now()), core.dialect);
}

function refillStatus(core: SimulatorCore, p: Params): unknown {
  if (p.refills !== undefined) {
    const ids = idList(p.refills);
    if (!ids) return { error: `Incorrect request: between 1 and ${MAX_IDS} refill IDs` };
    return ids.map((id) => ({ refill: id, status: refillStatusOf(core, id) }));
  }
  const status = refillStatusOf(core, p.refill ?? "");
  return typeof status === "string" ? { status } : status;
}

function cancelOne(core: SimulatorCore, id: string): unknown {
  const order = core.state.orders.get(Number(id));
  if (!order || !/^\d+$/.test(id)) return { error: "Incorrect order ID" };
  if (!core.catalog.get(order.service)?.cancel) return { error: "Cancel is not available for this service" };
  if (order.final) return { error: "Order cannot be canceled: it is already final" };
  order.cancelAt ??= core.now() + core.timings.cancelMs;
  return renderCancelAccepted(core.dialect);
}

function cancel(core: SimulatorCore, p: Params): unknown {
  const ids = idList(p.orders ?? p.order);
  if (!ids) return { error: `Incorrect request: between 1 and ${MAX_IDS} order IDs` };
  const answer = ids.map((id) => ({ order: Number(id) || id, cancel: cancelOne(core, id) }));
  core.persist();
  return answer;
}

const ACTIONS: Record<string, (core: SimulatorCore, p: Params) => unknown> = {
  services: (core) => [...core.catalog.values()].map((s) => renderService(s, core.dialect)),
  add,
  status,
  refill,
  refill_status: refillStatus,
  cancel,
  balance: (core) => renderBalance(core.state.balance, core.currency, core.dialect),
};

/** Answers one API v2 request whose key has been checked. */
export function runAction(core: SimulatorCore, p: Params): unknown {
  const handler = ACTIONS[p.action ?? ""];
  if (!handler) return { error: "Incorrect request" };
  core.settle();
  return handler(core, p);
}
