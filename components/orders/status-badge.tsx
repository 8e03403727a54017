// Order and refill statuses as coloured badges, with the API v2 names customers know (in the
// reader's language: messages/<locale>/status.json).
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/table";
import type { OrderStatus, RefillStatus } from "@/lib/db/generated/sqlite/enums";

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
  const t = useTranslations("status.order");
  return (
    <span data-testid="order-status" data-status={status}>
      <StatusBadge tone={orderTone[status]}>{t(status)}</StatusBadge>
    </span>
  );
}

export function RefillStatusBadge({ status }: { status: RefillStatus }) {
  const t = useTranslations("status.refill");
  return (
    <span data-testid="refill-status" data-status={status}>
      <StatusBadge tone={refillTone[status]}>{t(status)}</StatusBadge>
    </span>
  );
}
