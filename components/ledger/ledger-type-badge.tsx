import { StatusBadge } from "@/components/ui/table";
import type { LedgerType } from "@/lib/db";

const types: Record<LedgerType, { label: string; tone: "green" | "blue" | "yellow" | "gray" }> = {
  DEPOSIT: { label: "Deposit", tone: "green" },
  ORDER_CHARGE: { label: "Order charge", tone: "blue" },
  REFUND: { label: "Refund", tone: "yellow" },
  ADJUSTMENT: { label: "Adjustment", tone: "gray" },
  DEPOSIT_BONUS: { label: "Deposit bonus", tone: "green" },
  COUPON: { label: "Coupon", tone: "green" },
  AFFILIATE_PAYOUT: { label: "Affiliate payout", tone: "green" },
  DEPOSIT_REVERSAL: { label: "Deposit reversal", tone: "yellow" },
};

export function LedgerTypeBadge({ type }: { type: LedgerType }) {
  return <StatusBadge tone={types[type].tone}>{types[type].label}</StatusBadge>;
}
