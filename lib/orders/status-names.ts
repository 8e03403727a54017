// The API v2 names of order and refill statuses, shown by the pages and the reseller API alike.
// Client-safe: imports only the generated enum constants, no database client.
import { OrderStatus, RefillStatus } from "../db/generated/sqlite/enums";

export const ORDER_STATUS_NAMES: Record<OrderStatus, string> = {
  [OrderStatus.PENDING]: "Pending",
  [OrderStatus.IN_PROGRESS]: "In progress",
  [OrderStatus.PROCESSING]: "Processing",
  [OrderStatus.COMPLETED]: "Completed",
  [OrderStatus.PARTIAL]: "Partial",
  [OrderStatus.CANCELED]: "Canceled",
};

export const REFILL_STATUS_NAMES: Record<RefillStatus, string> = {
  [RefillStatus.PENDING]: "Pending",
  [RefillStatus.IN_PROGRESS]: "In progress",
  [RefillStatus.COMPLETED]: "Completed",
  [RefillStatus.REJECTED]: "Rejected",
  [RefillStatus.ERROR]: "Error",
};

/** Statuses after which nothing changes: no more polling, no more refunds. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = [
  OrderStatus.COMPLETED,
  OrderStatus.PARTIAL,
  OrderStatus.CANCELED,
];
export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = [
  OrderStatus.PENDING,
  OrderStatus.IN_PROGRESS,
  OrderStatus.PROCESSING,
];

export function orderStatusName(status: OrderStatus): string {
  return ORDER_STATUS_NAMES[status];
}

export function refillStatusName(status: RefillStatus): string {
  return REFILL_STATUS_NAMES[status];
}

export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL_ORDER_STATUSES.includes(status);
}
