import { StatusBadge } from "@/components/ui/table";
import type { LedgerType } from "@/lib/db";

const types: Record<LedgerType, { label: string; tone: "green" | "blue" | "yellow" | "gray" }> = {
  DEPOSIT: { label: "Deposit", tone: "green" },
  ORDER_CHARGE: { label: "Order charge", tone: "blue" },
  REFUND: { label: "Refund", tone: "yellow" },
  ADJUSTMENT: { label: "Adjustment", tone: "gray" },
};

export function LedgerTypeBadge({ type }: { type: LedgerType }) {
  return <StatusBadge tone={types[type].tone}>{types[type].label}</StatusBadge>;
}
