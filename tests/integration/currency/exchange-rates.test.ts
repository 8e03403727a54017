// A VND panel buying from a USD provider (the simulator over real HTTP): import after a rate is
// set, re-pricing when the rate changes, and orders that keep the cost at the rate they were
// placed at. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importServices, previewImport } from "@/lib/catalog/import-services";
import { listAdminServices } from "@/lib/catalog/list-admin-services";
import { syncProviderPrices } from "@/lib/catalog/sync-prices";
import { setExchangeRate } from "@/lib/currency/set-exchange-rate";
import { setProviderCurrency } from "@/lib/currency/set-provider-currency";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/db";
import { parseMoney } from "@/lib/money";
import { placeOrder } from "@/lib/orders/place-order";
import { flushExchangeLog } from "@/lib/providers/connect";
import { createProvider, refreshProviderBalance } from "@/lib/providers/manage-providers";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";
import { customerWith, LINK } from "../orders/support";

const money = (text: string) => parseMoney(text)!;
const admin = { id: null };
let sim: SimulatorHandle;
let providerId: number;
let serviceId: number; // the simulator's service 1: 0.90 USD per 1000
let customer: number;

beforeAll(async () => {
  // A VND panel; the simulator is on 127.0.0.1.
  await updateSettings({
    currencyCode: "VND",
    currencySymbol: "₫",
    displayDecimals: 0,
    pricePrecision: 0,
    allowPrivateProviderUrls: true,
  });
  sim = await startSimulator({ clock: "manual" });
  providerId = (await createProvider({ name: "USD provider", apiUrl: sim.url, apiKey: sim.key }, admin)).id;
  customer = await customerWith(money("10000000"));
});

afterAll(async () => {
  await flushExchangeLog();
  await sim.close();
});

describe("a VND panel buying in USD", () => {
  it("reads the provider's currency from its balance answer", async () => {
    await refreshProviderBalance(providerId);
    expect((await db.provider.findUniqueOrThrow({ where: { id: providerId } })).currency).toBe("USD");
  });

  it("refuses to import before the owner sets a USD rate, instead of selling at 1:1", async () => {
    await expect(previewImport(providerId)).rejects.toThrow("Set an exchange rate for USD");
    await expect(
      importServices({ providerId, items: [{ externalId: "1", categoryName: "Instagram" }] }, admin),
    ).rejects.toThrow("Set an exchange rate for USD");
    expect(await db.service.count()).toBe(0);
  });

  it("refuses a rate for the panel's own currency and a rate that is not a positive decimal", async () => {
    await expect(setExchangeRate({ currency: "VND", rate: "1" }, admin)).rejects.toThrow(
      "VND is the panel currency",
    );
    await expect(setExchangeRate({ currency: "USD", rate: "2.6e4" }, admin)).rejects.toThrow(
      "positive number",
    );
    await expect(setExchangeRate({ currency: "USD", rate: "0" }, admin)).rejects.toThrow("positive number");
  });

  it("imports at the converted cost plus markup, rounded up to whole dong", async () => {
    const change = await setExchangeRate({ currency: "usd", rate: "26000" }, admin);
    expect(change).toMatchObject({
      currency: "USD",
      before: null,
      after: "26000",
      changed: true,
      repriced: 0,
    });
    const preview = await previewImport(providerId);
    const item = preview.groups.flatMap((g) => g.items).find((i) => i.externalId === "1")!;
    expect(item).toMatchObject({ rate: money("0.90"), cost: money("23400"), suggestedRate: money("30420") }); // 0.90 x 26000 = 23400, +30%
    const result = await importServices(
      {
        providerId,
        items: [
          { externalId: "1", categoryName: "Instagram" },
          { externalId: "3", categoryName: "Instagram" },
        ],
      },
      admin,
    );
    serviceId = result.created[0].id;
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).rate).toBe(money("30420"));
    // service 3 costs 0.0012 USD = 31.2 VND per 1000, 40.56 with the markup: whole dong (41) would be 1.1% over, 40.6 is 0.1%
    expect((await db.service.findUniqueOrThrow({ where: { id: result.created[1].id } })).rate).toBe(
      money("40.6"),
    );
    const [row] = await listAdminServices({ q: `#${serviceId}` });
    expect(row).toMatchObject({
      cost: money("23400"),
      providerCost: { units: money("0.90"), currency: "USD" },
      rateMissing: false,
    });
  });

  it("stores an order's cost in USD and in VND at the rate in force", async () => {
    const placed = await placeOrder(
      { userId: customer, serviceId, fields: { link: LINK, quantity: 1000 }, source: "web" },
      { dispatch: false },
    );
    expect(placed.charge).toBe(money("30420"));
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({
      cost: money("23400"),
      providerCost: money("0.90"),
      providerCurrency: "USD",
      exchangeRate: "26000",
    });
  });

  it("re-prices every USD service when the rate changes, logs it like a price sync and audits it", async () => {
    const change = await setExchangeRate(
      { currency: "USD", rate: "27000.5" },
      { id: null, ip: "203.0.113.9" },
    );
    expect(change).toMatchObject({ before: "26000", after: "27000.5", changed: true, repriced: 2 });
    // 0.90 x 27000.5 = 24300.45 -> 24300.45 + 30% = 31590.585 -> 31591 (whole dong, 0.001% over)
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).rate).toBe(money("31591"));
    const log = await db.priceSyncLog.findMany({ orderBy: { id: "asc" } });
    expect(log.find((l) => l.field === "exchange rate" && l.newValue === "27000.5")).toMatchObject({
      oldValue: "26000",
      note: "VND per 1 USD, set by an admin",
    });
    expect(log.find((l) => l.serviceId === serviceId && l.field === "rate")).toMatchObject({
      oldValue: "30420.00000",
      newValue: "31591.00000",
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "currency.rate", targetId: "USD" },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({ ip: "203.0.113.9" });
    // The same rate again changes nothing.
    expect(await setExchangeRate({ currency: "USD", rate: "27000.50" }, admin)).toMatchObject({
      changed: false,
      repriced: 0,
    });
  });

  it("keeps an old order's cost at the old rate; a new order costs at the new one; profit uses the stored figures", async () => {
    const placed = await placeOrder(
      { userId: customer, serviceId, fields: { link: LINK, quantity: 1000 }, source: "web" },
      { dispatch: false },
    );
    const orders = await db.order.findMany({ orderBy: { id: "asc" } });
    expect(orders.map((o) => [o.cost, o.exchangeRate])).toEqual([
      [money("23400"), "26000"],
      [money("24300.45"), "27000.5"],
    ]);
    expect(placed.charge).toBe(money("31591"));
    const today = (await getDashboard()).periods[0];
    expect(today.cost).toBe(money("23400") + money("24300.45"));
    expect(today.profit).toBe(today.revenue - today.cost);
  });

  it("keeps prices when the provider's currency has no rate: the sync changes nothing and says why", async () => {
    await expect(setProviderCurrency(providerId, "EUR", { id: 1 })).rejects.toThrow(
      "Set an exchange rate for EUR",
    );
    await db.exchangeRate.delete({ where: { currency: "USD" } });
    sim.setRate(1, "2.00");
    const result = await syncProviderPrices(providerId);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining("USD, which has no exchange rate"),
    });
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).rate).toBe(money("31591"));
    expect((await listAdminServices({ q: `#${serviceId}` }))[0]).toMatchObject({ rateMissing: true });
  });

  it("re-prices a provider's services when an admin corrects its currency", async () => {
    await setExchangeRate({ currency: "EUR", rate: "28000" }, admin);
    sim.setRate(1, "0.90");
    expect(await setProviderCurrency(providerId, "eur", { id: 1 })).toEqual({ repriced: 2 });
    // 0.90 x 28000 = 25200 + 30% = 32760
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).rate).toBe(money("32760"));
    expect(await db.auditLog.count({ where: { action: "provider.currency" } })).toBe(1);
  });
});
