// The optional automatic refresh against a real HTTP feed: off by default, bounded, and each
// change goes through setExchangeRate (audited, logged, re-priced).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateFromFeed, refreshRates } from "@/lib/currency/refresh-rates";
import { db } from "@/lib/db";
import { updateSettings } from "@/lib/settings/settings";

let server: Server;
let url: string;
let body = "";
let calls = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    calls++;
    res.setHeader("content-type", "application/json");
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/latest`;
  await updateSettings({ currencyCode: "VND", allowPrivateProviderUrls: true }); // the feed is on 127.0.0.1
  await db.provider.create({
    data: {
      name: "USD provider",
      apiUrl: "http://127.0.0.1:1/api/v2",
      apiKeyEncrypted: "x",
      currency: "USD",
    },
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("rateFromFeed", () => {
  it("reads a rate from a feed in any base, exactly, to 10 decimals", () => {
    expect(rateFromFeed({ base: "USD", rates: { VND: 26000 } }, "USD", "VND")?.text).toBe("26000");
    expect(rateFromFeed({ base: "VND", rates: { USD: 0.0000385 } }, "USD", "VND")?.text).toBe(
      "25974.025974026",
    );
    expect(rateFromFeed({ base: "EUR", rates: { USD: "1.08", VND: "28080" } }, "USD", "VND")?.text).toBe(
      "26000",
    );
    expect(rateFromFeed({ base: "VND", rates: { USD: 3.85e-5 } }, "USD", "VND")?.text).toBe(
      "25974.025974026",
    );
  });

  it("returns null for feeds without the currencies or with nonsense", () => {
    for (const feed of [
      null,
      "x",
      {},
      { rates: [] },
      { base: "USD", rates: { EUR: 1 } },
      { base: "USD", rates: { VND: -5 } },
      { base: "USD", rates: { VND: 0 } },
      { base: "USD", rates: { VND: "lots" } },
    ]) {
      expect(rateFromFeed(feed, "USD", "VND")).toBeNull();
    }
  });
});

describe("refreshRates", () => {
  it("calls nothing while no feed URL is set (the default)", async () => {
    expect(await refreshRates()).toEqual([]);
    expect(calls).toBe(0);
  });

  it("sets each provider currency's rate from the feed, audited and logged as automatic", async () => {
    await updateSettings({ rateRefreshUrl: url });
    body = JSON.stringify({ base: "USD", rates: { VND: 26100.5, EUR: 0.9 } });
    expect(await refreshRates()).toEqual([
      expect.objectContaining({ currency: "USD", before: null, after: "26100.5" }),
    ]);
    expect(await db.exchangeRate.findUniqueOrThrow({ where: { currency: "USD" } })).toMatchObject({
      rate: "26100.5",
      source: "auto",
    });
    expect(await db.auditLog.count({ where: { action: "currency.rate" } })).toBe(1);
    expect(
      await db.priceSyncLog.findFirst({ where: { field: "exchange rate", newValue: "26100.5" } }),
    ).toMatchObject({ note: "VND per 1 USD, automatic refresh" });
  });

  it("keeps the rate when the feed is unreadable or lacks the currency, and says so in the log", async () => {
    body = "<html>maintenance</html>";
    expect(await refreshRates()).toEqual([]);
    body = JSON.stringify({ base: "USD", rates: { EUR: 0.9 } });
    expect(await refreshRates()).toEqual([]);
    body = JSON.stringify({ base: "USD", rates: { VND: 1, pad: "x".repeat(300 * 1024) } });
    expect(await refreshRates()).toEqual([]);
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { currency: "USD" } })).rate).toBe("26100.5");
    const notes = (
      await db.priceSyncLog.findMany({
        where: { field: "exchange rate", newValue: null },
        orderBy: { id: "asc" },
      })
    ).map((l) => l.note);
    expect(notes).toEqual([
      "automatic refresh failed: the feed could not be read",
      "automatic refresh: the feed has no VND per USD; the rate was kept",
      "automatic refresh failed: the feed could not be read",
    ]);
  });
});
