// A ledger row's type as a coloured badge, named in the reader's language (messages/<locale>/ledger.json).
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/table";
import type { LedgerType } from "@/lib/db";

const tones: Record<LedgerType, "green" | "blue" | "yellow" | "gray"> = {
  DEPOSIT: "green",
  ORDER_CHARGE: "blue",
  REFUND: "yellow",
  ADJUSTMENT: "gray",
  DEPOSIT_BONUS: "green",
  COUPON: "green",
  AFFILIATE_PAYOUT: "green",
  DEPOSIT_REVERSAL: "yellow",
};

export function LedgerTypeBadge({ type }: { type: LedgerType }) {
  const t = useTranslations("ledger.types");
  return <StatusBadge tone={tones[type]}>{t(type)}</StatusBadge>;
}
