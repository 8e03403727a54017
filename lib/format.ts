// Display formatting, used by every page (money in the panel currency, dates).
import { formatMoney } from "./money";
import type { Settings } from "./settings/schema";

export function formatCurrency(units: bigint, settings: Pick<Settings, "currencySymbol" | "displayDecimals">): string {
  const text = formatMoney(units, settings.displayDecimals);
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${units < 0n ? "-" : ""}${settings.currencySymbol}${grouped}${fraction ? "." + fraction : ""}`;
}

export function formatDateTime(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}
