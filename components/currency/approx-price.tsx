// The ≈ price in the customer's display currency, beside the real one, marked approximate.
import { useTranslations } from "next-intl";
import type { ApproxPrice as Approx } from "@/lib/currency/display-price";

export function ApproxPrice({
  price,
  className = "",
  testId,
}: {
  price: Approx | null;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("displayCurrency");
  if (!price) return null;
  return (
    <span
      className={`text-xs font-normal text-slate-500 ${className}`}
      title={t("approxTitle")}
      data-testid={testId}
    >
      {price.under ? t("approxUnder", { amount: price.amount }) : t("approx", { amount: price.amount })}
    </span>
  );
}
