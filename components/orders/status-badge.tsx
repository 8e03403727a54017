// Order and refill statuses as coloured badges, with the API v2 names customers know.
import { StatusBadge } from "@/components/ui/table";
import type { OrderStatus, RefillStatus } from "@/lib/db/generated/sqlite/enums";
import { orderStatusName, refillStatusName } from "@/lib/orders/status-names";

const orderTone = {
  PENDING: "gray",
  IN_PROGRESS: "blue",
  PROCESSING: "blue",
  COMPLETED: "green",
  PARTIAL: "yellow",
  CANCELED: "red",
} as const satisfies Record<OrderStatus, string>;

const refillTone = {
  PENDING: "gray",
  IN_PROGRESS: "blue",
  COMPLETED: "green",
  REJECTED: "red",
  ERROR: "red",
} as const satisfies Record<RefillStatus, string>;

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span data-testid="order-status" data-status={status}>
      <StatusBadge tone={orderTone[status]}>{orderStatusName(status)}</StatusBadge>
    </span>
  );
}

export function RefillStatusBadge({ status }: { status: RefillStatus }) {
  return (
    <span data-testid="refill-status" data-status={status}>
      <StatusBadge tone={refillTone[status]}>{refillStatusName(status)}</StatusBadge>
    </span>
  );
}
