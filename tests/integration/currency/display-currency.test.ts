// A customer's display currency on a VND panel with a USD rate: choosing and clearing it, the
// refusals, and the data the services and new-order pages are given. Balances never move.
// Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { errorMessages } from "@/i18n/error-text";
import { toCatalogView } from "@/lib/catalog/catalog-view";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { encryptSecret } from "@/lib/crypto/secret-box";
import {
  getDisplayCurrency,
  getDisplayCurrencyChoice,
  listDisplayCurrencies,
  setDisplayCurrency,
} from "@/lib/currency/display-currency";
import { approximatePrice } from "@/lib/currency/display-price";
import { setExchangeRate } from "@/lib/currency/set-exchange-rate";
import { db } from "@/lib/db";
import { appSecret } from "@/lib/env.mjs";
import { parseMoney } from "@/lib/money";
import { getSettings, updateSettings } from "@/lib/settings/settings";
import { displayCurrencySchema } from "@/lib/validations/currency";
import { customerWith } from "../orders/support";

const money = (text: string) => parseMoney(text)!;
const plain = (text: string | undefined) => text?.replace(/\s/g, " "); // Intl puts a no-break space before ₫
const admin = { id: null };
const choose = (userId: number, displayCurrency: string) =>
  setDisplayCurrency(userId, displayCurrencySchema.parse({ displayCurrency }));
let customer: number;

beforeAll(async () => {
  await updateSettings({ currencyCode: "VND", currencySymbol: "₫", displayDecimals: 0, pricePrecision: 0 });
  await setExchangeRate({ currency: "USD", rate: "26000" }, admin);
  customer = await customerWith(money("100000"));
  // One service at 30,420 ₫ per 1000 (1.17 USD at 26,000).
  const provider = await db.provider.create({
    data: {
      name: "VND provider",
      apiUrl: "http://127.0.0.1:9/api/v2",
      apiKeyEncrypted: encryptSecret("key", appSecret()),
    },
  });
  const category = await db.category.create({ data: { name: "Instagram" } });
  const providerService = await db.providerService.create({
    data: {
      providerId: provider.id,
      externalId: "1",
      name: "Likes",
      type: "Default",
      category: "Instagram",
      rate: money("30420"),
      min: 10,
      max: 10000,
    },
  });
  await db.service.create({
    data: {
      providerServiceId: providerService.id,
      categoryId: category.id,
      name: "Likes",
      type: "Default",
      min: 10,
      max: 10000,
      rate: money("30420"),
    },
  });
});

describe("choosing a display currency", () => {
  it("offers the currencies with a rate, and starts with the panel currency only", async () => {
    expect(await listDisplayCurrencies()).toEqual(["USD"]);
    expect(await getDisplayCurrencyChoice(customer)).toEqual({
      chosen: null,
      options: ["USD"],
      panel: "VND",
    });
    expect(await getDisplayCurrency(customer)).toBeNull();
  });

  it("sets a currency with a rate, and the pages get it with its rate", async () => {
    expect(await choose(customer, "usd")).toBe("USD");
    expect((await getDisplayCurrencyChoice(customer)).chosen).toBe("USD");
    expect(await getDisplayCurrency(customer)).toEqual({ code: "USD", rate: "26000" });
  });

  it("refuses a currency without a rate, the panel's own, and anything not a code, keeping the choice", async () => {
    await expect(choose(customer, "EUR")).rejects.toThrow(errorMessages.displayCurrencyUnavailable);
    await expect(choose(customer, "VND")).rejects.toThrow(errorMessages.displayCurrencyUnavailable);
    expect(displayCurrencySchema.safeParse({ displayCurrency: "US Dollar" }).error?.issues[0]?.message).toBe(
      errorMessages.displayCurrencyUnavailable,
    );
    expect(displayCurrencySchema.safeParse({ displayCurrency: 840 })).toMatchObject({ success: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer } })).displayCurrency).toBe("USD");
  });

  it("clears the choice with the 'panel currency only' option", async () => {
    expect(await choose(customer, "")).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: customer } })).displayCurrency).toBeNull();
    expect(await getDisplayCurrency(customer)).toBeNull();
  });
});

describe("the view data of the priced pages", () => {
  it("services page: each rate in the panel currency, and the approximate one beside it", async () => {
    const settings = await getSettings();
    const without = toCatalogView(
      await listCatalog({ userId: customer }),
      settings,
      "vi",
      await getDisplayCurrency(customer),
    );
    expect(plain(without[0]?.services[0]?.rate)).toBe("30.420 ₫");
    expect(without[0]?.services[0]?.approxRate).toBeNull();

    await choose(customer, "USD");
    const display = await getDisplayCurrency(customer);
    const view = toCatalogView(await listCatalog({ userId: customer }), settings, "en", display);
    expect(plain(view[0]?.services[0]?.rate)).toBe("₫30,420");
    expect(view[0]?.services[0]?.approxRate).toEqual({ amount: "$1.17", under: false });
  });

  it("new-order page: the live charge converts in the same way; the balance stays in dong", async () => {
    const display = (await getDisplayCurrency(customer))!;
    // 500 likes at 30,420 ₫ per 1000 = 15,210 ₫ ≈ $0.585 -> $0.59
    expect(approximatePrice(money("15210"), display, "en")).toEqual({ amount: "$0.59", under: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer } })).balance).toBe(money("100000"));
  });

  it("follows a rate change at once, and shows nothing once the choice is the panel currency", async () => {
    await setExchangeRate({ currency: "USD", rate: "25350" }, admin);
    const display = await getDisplayCurrency(customer);
    expect(display).toEqual({ code: "USD", rate: "25350" });
    expect(approximatePrice(money("30420"), display!, "en")?.amount).toBe("$1.20");

    await updateSettings({ currencyCode: "USD", currencySymbol: "$", displayDecimals: 2 });
    expect(await getDisplayCurrency(customer)).toBeNull();
    expect(await listDisplayCurrencies()).toEqual([]);
    await updateSettings({ currencyCode: "VND", currencySymbol: "₫", displayDecimals: 0 });
  });
});
