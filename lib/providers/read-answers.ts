// Reads the success shapes of every API v2 action into typed values. A shape we cannot read is
// "uncertain": the provider answered, but we do not know what it meant.
import { itemsById, resultsFor, itemFailure } from "./batch";
import {
  asRecord,
  normalizeOrderStatus,
  normalizeRefillStatus,
  pickOrderId,
  toCount,
  toId,
  toMoneyUnits,
  toBool,
} from "./normalize";
import { failure, ok, type BatchResult, type ProviderFailure, type ProviderResult } from "./outcome";
import type { AddedOrder, Balance, OrderState, RefillStatus } from "./types";

function unreadable(what: string): ProviderResult<never> {
  return failure("uncertain", `unreadable ${what} answer`);
}

export function readAdd(answer: unknown): ProviderResult<AddedOrder> {
  const record = asRecord(answer);
  const orderId = record ? pickOrderId(record) : null;
  if (!record || orderId === null) return failure("uncertain", "answer without an order id");
  const newBalance = "newBalance" in record ? toMoneyUnits(record.newBalance) : null;
  return ok({ orderId, newBalance });
}

/**
 * A failed `add` whose answer still names an order id (`{"order": 123}` with HTTP 500, or beside
 * an error text): the provider may hold the order, so it is uncertain (review), never resent as
 * temporary nor refunded as rejected. Null when the answer names no order.
 */
export function readAddFailure(body: unknown, failed: ProviderFailure): ProviderFailure | null {
  const record = asRecord(body);
  const orderId = record ? pickOrderId(record) : null;
  return orderId === null
    ? null
    : failure("uncertain", `the answer names provider order ${orderId} but says: ${failed.reason}`);
}

export function readOrderState(answer: unknown): ProviderResult<OrderState> {
  const record = asRecord(answer);
  if (!record) return unreadable("status");
  const rawStatus = typeof record.status === "string" ? record.status : "";
  const status = normalizeOrderStatus(rawStatus);
  if (status === null) return failure("uncertain", `unknown status "${rawStatus.slice(0, 40)}"`);
  return ok({
    status,
    rawStatus,
    charge: toMoneyUnits(record.charge),
    startCount: toCount(record.start_count),
    remains: toCount(record.remains),
    currency: typeof record.currency === "string" ? record.currency : null,
  });
}

export function readStatusMany(answer: unknown, ids: readonly string[]): BatchResult<OrderState> | null {
  const items = itemsById(answer, ["order", "order_id", "id"]);
  return items && resultsFor(ids, items, readOrderState);
}

export function readRefill(answer: unknown): ProviderResult<string> {
  const record = asRecord(answer);
  if (!record) return unreadable("refill");
  const nested = itemFailure(record.refill);
  if (nested) return nested;
  const id = toId(record.refill) ?? toId(record.id) ?? toId(record.refill_id);
  return id === null ? failure("uncertain", "answer without a refill id") : ok(id);
}

export function readRefillMany(answer: unknown, orderIds: readonly string[]): BatchResult<string> | null {
  const items = itemsById(answer, ["order", "order_id", "id"]);
  return items && resultsFor(orderIds, items, readRefill);
}

export function readRefillStatus(answer: unknown): ProviderResult<RefillStatus> {
  const record = asRecord(answer);
  if (!record) return unreadable("refill status");
  // Multi answers nest the error in the status field: {"refill": "3", "status": {"error": ...}}.
  const nested = itemFailure(record.status);
  if (nested) return nested;
  const status = normalizeRefillStatus(record.status);
  if (status === null)
    return failure("uncertain", `unknown refill status "${String(record.status).slice(0, 40)}"`);
  return ok(status);
}

export function readRefillStatusMany(
  answer: unknown,
  refillIds: readonly string[],
): BatchResult<RefillStatus> | null {
  const items = itemsById(answer, ["refill", "refill_id", "id"]);
  return items && resultsFor(refillIds, items, readRefillStatus);
}

function readCancelItem(item: unknown): ProviderResult<true> {
  const record = asRecord(item);
  if (!record) return unreadable("cancel");
  const nested = itemFailure(record.cancel);
  if (nested) return nested;
  const accepted = toBool(record.cancel);
  if (accepted === true) return ok(true);
  if (accepted === false) return failure("rejected", "the provider did not accept the cancel");
  return unreadable("cancel");
}

export function readCancelMany(answer: unknown, orderIds: readonly string[]): BatchResult<true> | null {
  const items = itemsById(answer, ["order", "order_id", "id"]);
  return items && resultsFor(orderIds, items, readCancelItem);
}

export function readBalance(answer: unknown): ProviderResult<Balance> {
  const record = asRecord(answer);
  const balance = record ? toMoneyUnits(record.balance) : null;
  if (!record || balance === null) return unreadable("balance");
  return ok({ balance, currency: typeof record.currency === "string" ? record.currency : null });
}
