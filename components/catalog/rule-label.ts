// A service's pricing rule in the reader's words ("30% + $0.05 (category)", "manual price"), for
// the admin's service list and service page. The percent stays as typed in the markup fields.
import { formatPercentBps, type PriceDecision } from "@/lib/catalog/markup";
import { isPackageType } from "@/lib/catalog/service-types";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` reads the adminServices namespace. */
export function ruleLabel(
  t: Translate,
  decision: Pick<PriceDecision, "source" | "rule">,
  formatFixed: (units: bigint) => string,
): string {
  if (decision.source === "manual" || !decision.rule) return t("manualPrice");
  const percent = formatPercentBps(decision.rule.percentBps);
  return decision.rule.fixed > 0n
    ? t("ruleFixed", { percent, fixed: formatFixed(decision.rule.fixed), source: decision.source })
    : t("rule", { percent, source: decision.source });
}

/** "per 1000" or "per order", as lib/catalog/service-types.ts rateUnit decides, in the reader's words. */
export function unitLabel(t: Translate, type: string): string {
  return isPackageType(type) ? t("perOrder") : t("per1000");
}
