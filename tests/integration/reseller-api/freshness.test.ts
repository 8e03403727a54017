// What the API may and may not serve from memory. "Another instance" is a second database
// client on the same database writing what another app process would write: balances, user
// status and keys are read per request (so a change there counts at the next request), while
// settings come from a per-process copy that notices another instance's change within a second.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, LedgerType, UserStatus, type Db } from "@/lib/db";
import { VERSION_CHECK_MS } from "@/lib/cache/versioned-cache";
import { changeBalance } from "@/lib/ledger/change-balance";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { issueApiKey } from "@/lib/reseller-api/api-keys";
import { createApiHandler } from "@/lib/reseller-api/handle-request";
import { createApiLimits } from "@/lib/reseller-api/limits";
import { callApi, makeApiUser, seedPanel, serveApi, type ApiServer } from "./support";

let sim: SimulatorHandle;
let server: ApiServer;
let other: Db;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  await seedPanel(sim);
  server = await serveApi(
    createApiHandler({
      limits: createApiLimits({ addPerMin: 1000, readPerMin: 1000, ipPerMin: 10_000, badKeyPerMin: 100 }),
    }),
  );
  other = createDb(process.env.DATABASE_URL!);
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await other?.$disconnect();
  await server?.close();
  await sim?.close();
});

const balance = (key: string) => callApi(server.url, "form", { key, action: "balance" }).then((a) => a.body);

describe("read per request, never cached", () => {
  it("a balance changed by another instance shows at the next request", async () => {
    const user = await makeApiUser(5_000_000n);
    expect(await balance(user.key)).toEqual({ balance: "50.00000", currency: "USD" });
    await other.$transaction((tx) =>
      changeBalance(tx, {
        userId: user.id,
        amount: 1_234_000n,
        type: LedgerType.ADJUSTMENT,
        note: "other instance",
      }),
    );
    expect(await balance(user.key)).toEqual({ balance: "62.34000", currency: "USD" });
  });

  it("a user suspended on another instance is refused at the next request, and welcome back when reactivated", async () => {
    const user = await makeApiUser(1_000_000n);
    expect(await balance(user.key)).toMatchObject({ balance: "10.00000" });
    await other.user.update({ where: { id: user.id }, data: { status: UserStatus.SUSPENDED } });
    expect(await balance(user.key)).toEqual({ error: "Invalid API key" });
    await other.user.update({ where: { id: user.id }, data: { status: UserStatus.ACTIVE } });
    expect(await balance(user.key)).toMatchObject({ balance: "10.00000" });
  });

  it("a key replaced or revoked on another instance stops at the next request", async () => {
    const user = await makeApiUser(1_000_000n);
    expect(await balance(user.key)).toMatchObject({ balance: "10.00000" });
    const replaced = await issueApiKey(user.id, other);
    expect(await balance(user.key)).toEqual({ error: "Invalid API key" });
    expect(await balance(replaced.key)).toMatchObject({ balance: "10.00000" });
    await other.apiKey.deleteMany({ where: { userId: user.id } });
    expect(await balance(replaced.key)).toEqual({ error: "Invalid API key" });
  });

  it("API access turned off on another instance stops the key at the next request", async () => {
    const user = await makeApiUser(1_000_000n);
    expect(await balance(user.key)).toMatchObject({ balance: "10.00000" });
    await other.user.update({ where: { id: user.id }, data: { apiAccess: false } });
    expect(await balance(user.key)).toEqual({ error: "Invalid API key" });
  });
});

describe("settings come from this process's copy", () => {
  it("a currency changed on another instance is answered within a second, not before the version check", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await makeApiUser(1_000_000n);
    expect(await balance(user.key)).toEqual({ balance: "10.00000", currency: "USD" });

    // What updateSettings writes on another instance: the row and its cache version.
    await other.$transaction([
      other.setting.upsert({
        where: { key: "currencyCode" },
        create: { key: "currencyCode", value: '"EUR"' },
        update: { value: '"EUR"' },
      }),
      other.cacheVersion.upsert({
        where: { name: "settings" },
        create: { name: "settings", version: 1 },
        update: { version: { increment: 1 } },
      }),
    ]);
    expect(await balance(user.key)).toEqual({ balance: "10.00000", currency: "USD" });

    vi.setSystemTime(Date.now() + VERSION_CHECK_MS);
    expect(await balance(user.key)).toEqual({ balance: "10.00000", currency: "EUR" });
  });
});
