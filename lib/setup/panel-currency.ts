// PANEL_CURRENCY on a fresh install: the panel sells in that currency (code, symbol and decimals
// from Intl), and the Demo provider, which prices in USD, gets a demo exchange rate so the whole
// flow works at once. Applied once, before anything was sold: a panel's currency never changes
// under an existing ledger.
import { db } from "../db";
import { setExchangeRate } from "../currency/set-exchange-rate";
import { updateSettings } from "../settings/settings";

/** Approximate panel-currency prices of 1 USD for demos; the owner sets real rates in Admin > Currencies. */
export const DEMO_USD_RATES: Record<string, string> = {
  VND: "26000",
  EUR: "0.92",
  GBP: "0.79",
  IDR: "16500",
  THB: "34",
  PHP: "58",
  INR: "88",
};

function currencyLooks(code: string) {
  const format = new Intl.NumberFormat("en", {
    style: "currency",
    currency: code,
    currencyDisplay: "narrowSymbol",
  });
  const symbol = format.formatToParts(1).find((p) => p.type === "currency")?.value ?? code;
  return { symbol: symbol.slice(0, 4), decimals: format.resolvedOptions().maximumFractionDigits ?? 2 };
}

export async function applyPanelCurrency(code: string): Promise<boolean> {
  const [chosen, sold] = await Promise.all([
    db.setting.findUnique({ where: { key: "currencyCode" } }),
    db.ledgerEntry.count(),
  ]);
  if (chosen || sold > 0) return false;
  const { symbol, decimals } = currencyLooks(code);
  const rate = DEMO_USD_RATES[code];
  // Deposit limits of about 1 and 10000 USD, as the defaults are in a USD panel.
  const deposits = rate
    ? { minDeposit: String(Math.ceil(Number(rate))), maxDeposit: String(Math.ceil(Number(rate)) * 10_000) }
    : {};
  await updateSettings({
    currencyCode: code,
    currencySymbol: symbol,
    displayDecimals: decimals,
    pricePrecision: decimals,
    ...deposits,
  });
  if (code !== "USD" && rate) await setExchangeRate({ currency: "USD", rate }, { id: null });
  console.log(
    `upline: the panel sells in ${code}${rate && code !== "USD" ? ` (demo rate 1 USD = ${rate} ${code}; change it in Admin > Currencies)` : ""}`,
  );
  return true;
}
