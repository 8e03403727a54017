// Providers in the database: the key is stored encrypted and write-only, connection tests and
// balance checks record what they found, and every exchange is logged without the key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { flushExchangeLog } from "@/lib/providers/connect";
import { listProviders } from "@/lib/providers/list-providers";
import {
  createProvider,
  deleteProvider,
  refreshProviderBalance,
  saveProvider,
  testProviderConnection,
  updateProvider,
} from "@/lib/providers/manage-providers";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";

const actor = { id: null, ip: "10.9.9.9" };
const text = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual", balance: 12_345_000n });
  await updateSettings({ allowPrivateProviderUrls: true }); // the simulator is on 127.0.0.1
});

afterAll(async () => {
  await flushExchangeLog();
  await sim.close();
});

describe("providers", () => {
  it("runs the connection test on save: an unreachable provider is saved as failing, with the reason", async () => {
    const { provider, test } = await saveProvider(
      null,
      {
        name: "Unreachable",
        apiUrl: "http://127.0.0.1:9/api/v2",
        apiKey: "bogus-key-1",
        lowBalanceThreshold: "",
      },
      actor,
    );
    expect(test).toMatchObject({ ok: false, step: "balance" });
    const [listed] = (await listProviders()).filter((p) => p.id === provider.id);
    expect(listed.lastError).toMatch(/^balance: /);

    const fixed = await saveProvider(
      provider.id,
      { name: "Unreachable", apiUrl: sim.url, apiKey: sim.key, lowBalanceThreshold: "" },
      actor,
    );
    expect(fixed.test).toMatchObject({ ok: true });
    expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).lastError).toBeNull();
    await deleteProvider(provider.id, actor);
  });

  it("stores the key encrypted, never as given, and audits the change without it", async () => {
    const created = await createProvider(
      { name: "Upstream A", apiUrl: sim.url, apiKey: sim.key, lowBalanceThreshold: "200" },
      actor,
    );
    const row = await db.provider.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.apiKeyEncrypted).not.toContain(sim.key);
    expect(row.apiKeyEncrypted).toMatch(/^v1\./);
    expect(row.lowBalanceThreshold).toBe(20_000_000n);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "provider.create", targetId: String(created.id) },
    });
    expect(audit.after).not.toContain(sim.key);
    expect(text(await listProviders())).not.toContain(sim.key);
  });

  it("tests the connection: balance, service count, and the check time", async () => {
    const { id } = await db.provider.findUniqueOrThrow({ where: { name: "Upstream A" } });
    const result = await testProviderConnection(id);
    expect(result).toMatchObject({
      ok: true,
      balance: 12_345_000n,
      currency: "USD",
      serviceCount: sim.catalog().length,
    });
    const row = await db.provider.findUniqueOrThrow({ where: { id } });
    expect(row.balance).toBe(12_345_000n);
    expect(row.lastError).toBeNull();
    expect(row.lastCheckedAt).not.toBeNull();
    const [listed] = (await listProviders()).filter((p) => p.id === id);
    expect(listed).toMatchObject({ lowBalance: true }); // 123.45 < 200
  });

  it("keeps the stored key when an edit leaves the key empty, and replaces it when one is given", async () => {
    const { id, apiKeyEncrypted } = await db.provider.findUniqueOrThrow({ where: { name: "Upstream A" } });
    await updateProvider(
      id,
      { name: "Upstream A", apiUrl: sim.url, apiKey: "", lowBalanceThreshold: "" },
      actor,
    );
    expect((await db.provider.findUniqueOrThrow({ where: { id } })).apiKeyEncrypted).toBe(apiKeyEncrypted);

    await updateProvider(
      id,
      { name: "Upstream A", apiUrl: sim.url, apiKey: "wrong-key-123", lowBalanceThreshold: "" },
      actor,
    );
    const refreshed = await refreshProviderBalance(id);
    expect(refreshed.lastError).toMatch(/key/i);
    expect(refreshed.lastError).not.toContain("wrong-key-123");
    await updateProvider(
      id,
      { name: "Upstream A", apiUrl: sim.url, apiKey: sim.key, lowBalanceThreshold: "" },
      actor,
    );
    expect((await refreshProviderBalance(id)).lastError).toBeNull();
  });

  it("records a failing check on a provider that answers HTTP 500, with the exchange logged", async () => {
    const { id } = await db.provider.findUniqueOrThrow({ where: { name: "Upstream A" } });
    sim.setFault("balance", "http500", { count: 1 });
    const result = await testProviderConnection(id);
    expect(result).toMatchObject({ ok: false, step: "balance" });
    await flushExchangeLog();
    const exchanges = await db.providerExchange.findMany({
      where: { providerId: id },
      orderBy: { id: "desc" },
    });
    expect(exchanges[0]).toMatchObject({ action: "balance", outcome: "temporary" });
    expect(text(exchanges)).not.toContain(sim.key);
  });

  it("refuses a duplicate name, and deletes a provider only while nothing uses it", async () => {
    await expect(createProvider({ name: "Upstream A", apiUrl: sim.url, apiKey: "x" }, actor)).rejects.toThrow(
      "already exists",
    );
    const { id } = await createProvider({ name: "Unused", apiUrl: sim.url, apiKey: "k" }, actor);
    await deleteProvider(id, actor);
    expect(await db.provider.findUnique({ where: { id } })).toBeNull();

    const used = await db.provider.findUniqueOrThrow({ where: { name: "Upstream A" } });
    const ps = await db.providerService.create({
      data: {
        providerId: used.id,
        externalId: "1",
        name: "S",
        type: "Default",
        category: "C",
        rate: 1n,
        min: 1,
        max: 10,
      },
    });
    const category = await db.category.create({ data: { name: "C" } });
    await db.service.create({
      data: {
        providerServiceId: ps.id,
        categoryId: category.id,
        name: "S",
        type: "Default",
        min: 1,
        max: 10,
        rate: 2n,
      },
    });
    await expect(deleteProvider(used.id, actor)).rejects.toThrow("disable it instead");
  });
});
