// PANEL_CURRENCY=VND on a fresh install: a VND panel with a demo USD rate, applied once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/settings";
import { applyPanelCurrency } from "@/lib/setup/panel-currency";

describe("applyPanelCurrency", () => {
  it("makes a fresh install a VND panel buying USD at the demo rate, and only once", async () => {
    expect(await applyPanelCurrency("VND")).toBe(true);
    expect(await getSettings()).toMatchObject({
      currencyCode: "VND",
      currencySymbol: "₫",
      displayDecimals: 0,
      pricePrecision: 0,
      minDeposit: "26000",
    });
    expect(await db.exchangeRate.findUniqueOrThrow({ where: { currency: "USD" } })).toMatchObject({
      rate: "26000",
    });
    expect(await applyPanelCurrency("EUR")).toBe(false);
    expect((await getSettings()).currencyCode).toBe("VND");
  });
});
