// A fresh install's Demo catalog, and the admin's service edits and bulk actions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDemoCatalog } from "@/lib/catalog/import-demo-catalog";
import { listAdminServices } from "@/lib/catalog/list-admin-services";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { repriceCatalog, repriceIfPricingChanged } from "@/lib/catalog/reprice-catalog";
import { bulkUpdateServices, updateService } from "@/lib/catalog/manage-services";
import { db } from "@/lib/db";
import { parseMoney } from "@/lib/money";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";
import { ensureDemoProvider } from "@/lib/setup/demo-provider";

const money = (text: string) => parseMoney(text)!;
const actor = { id: null, ip: "10.0.0.9" };
let sim: SimulatorHandle;
let demoId: number;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  // This simulator is not at the demo's configured port: the owner allows private addresses.
  await updateSettings({ allowPrivateProviderUrls: true });
  demoId = await ensureDemoProvider(sim);
});

afterAll(async () => {
  await flushExchangeLog();
  await sim.close();
});

const byExternal = async (externalId: string) =>
  db.service.findFirstOrThrow({
    where: { providerService: { providerId: demoId, externalId } },
    include: { providerService: true },
  });

const edit = (overrides: Record<string, unknown> = {}) => ({
  name: "Followers HQ",
  description: "Real-looking accounts.",
  categoryId: 1,
  sortOrder: "1",
  min: "100",
  max: "5000",
  pricing: "rule" as const,
  markupPercent: "",
  markupFixed: "",
  manualRate: "",
  allowBelowCost: false,
  refillDays: "30",
  ...overrides,
});

describe("first run", () => {
  it("imports the Demo provider's whole catalog at the default markup, once", async () => {
    expect(await importDemoCatalog(demoId)).toBe(sim.catalog().length);
    const catalog = await listCatalog({});
    expect(catalog.flatMap((c) => c.services)).toHaveLength(sim.catalog().length);
    expect(catalog.map((c) => c.name)).toContain("Instagram Followers");
    expect((await byExternal("1")).rate).toBe(money("1.17"));
    expect(await importDemoCatalog(demoId)).toBe(0); // the panel has services: nothing more
    expect(await db.service.count()).toBe(sim.catalog().length);
  });
});

describe("admin edits", () => {
  it("edits a service and prices it by its own markup, audited", async () => {
    const service = await byExternal("1");
    await updateService(
      service.id,
      edit({ categoryId: service.categoryId, pricing: "markup", markupPercent: "10", markupFixed: "0.05" }),
      actor,
    );
    const after = await byExternal("1");
    expect(after).toMatchObject({
      name: "Followers HQ",
      description: "Real-looking accounts.",
      min: 100,
      max: 5000,
      refillDays: 30,
      markupPercent: 1000,
      markupFixed: money("0.05"),
      rate: money("1.04"),
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "service.update", targetId: String(service.id) },
    });
    expect(JSON.parse(audit.before!).rate).toBe("117000");
    expect(JSON.parse(audit.after!).rate).toBe("104000");
    expect(audit.ip).toBe("10.0.0.9");
  });

  it("refuses limits outside the provider's and a manual price under cost unless allowed", async () => {
    const service = await byExternal("1");
    await expect(
      updateService(service.id, edit({ categoryId: service.categoryId, min: "10" }), actor),
    ).rejects.toMatchObject({ field: "min" });
    await expect(
      updateService(service.id, edit({ categoryId: service.categoryId, max: "20000" }), actor),
    ).rejects.toMatchObject({ field: "max" });
    await expect(
      updateService(
        service.id,
        edit({ categoryId: service.categoryId, pricing: "manual", manualRate: "0.50" }),
        actor,
      ),
    ).rejects.toMatchObject({ code: "below_cost" });
    await updateService(
      service.id,
      edit({ categoryId: service.categoryId, pricing: "manual", manualRate: "0.50", allowBelowCost: true }),
      actor,
    );
    expect(await byExternal("1")).toMatchObject({
      rate: money("0.50"),
      manualRate: money("0.50"),
      markupPercent: null,
      allowBelowCost: true,
    });
    await updateService(service.id, edit({ categoryId: service.categoryId }), actor);
    expect(await byExternal("1")).toMatchObject({ rate: money("1.17"), manualRate: null });
  });

  it("bulk disables, enables, moves and marks up", async () => {
    const ids = [(await byExternal("2")).id, (await byExternal("4")).id];
    await bulkUpdateServices({ op: "disable", serviceIds: ids }, actor);
    expect(await db.service.count({ where: { id: { in: ids }, enabled: false } })).toBe(2);

    sim.removeService(4);
    await db.providerService.updateMany({
      where: { providerId: demoId, externalId: "4" },
      data: { available: false },
    });
    const enabled = await bulkUpdateServices({ op: "enable", serviceIds: ids }, actor);
    expect(enabled).toEqual({
      updated: [ids[0]],
      skipped: [{ id: ids[1], reason: "gone from the provider" }],
    });

    const target = await db.category.create({
      data: { name: "Best sellers", sortOrder: -1, markupPercent: 10000 },
    });
    await bulkUpdateServices({ op: "move", serviceIds: [ids[0]], categoryId: target.id }, actor);
    expect(await db.service.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({
      categoryId: target.id,
      rate: money("0.24"),
    }); // 0.12 + 100%
    expect((await listCatalog({}))[0]).toMatchObject({
      name: "Best sellers",
      services: [expect.objectContaining({ id: ids[0] })],
    });

    await bulkUpdateServices(
      { op: "describe", serviceIds: ids, description: "  Real accounts, 30 days refill  " },
      actor,
    );
    expect((await db.service.findMany({ where: { id: { in: ids } } })).map((s) => s.description)).toEqual([
      "Real accounts, 30 days refill",
      "Real accounts, 30 days refill",
    ]);
    await bulkUpdateServices({ op: "describe", serviceIds: [ids[1]], description: "" }, actor);
    expect((await db.service.findUniqueOrThrow({ where: { id: ids[1] } })).description).toBeNull();
    await bulkUpdateServices(
      { op: "markup", serviceIds: [ids[0]], markupPercent: "0", markupFixed: "0.01" },
      actor,
    );
    expect(await db.service.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({
      markupPercent: 0,
      markupFixed: money("0.01"),
      rate: money("0.13"),
    });
    expect(await db.auditLog.count({ where: { action: { startsWith: "service.bulk_" } } })).toBe(6); // one per bulk call
  });

  it("finds services by name in any case, or by id", async () => {
    const service = await byExternal("1");
    expect((await listAdminServices({ q: "followers hq" })).map((s) => s.id)).toEqual([service.id]);
    expect((await listAdminServices({ q: `#${service.id}` })).map((s) => s.id)).toEqual([service.id]);
    expect(await listAdminServices({ q: "no such thing" })).toEqual([]);
  });

  it("re-prices the whole catalog after the default markup or precision changed", async () => {
    await updateSettings({ defaultMarkupPercent: "50", pricePrecision: 3 });
    expect(await repriceCatalog(actor)).toBeGreaterThan(0);
    expect((await byExternal("1")).rate).toBe(money("1.35"));
    expect((await byExternal("3")).rate).toBe(money("0.0018")); // 0.002 would sell 11% above the rule: past the 1% tolerance
    expect(await db.auditLog.count({ where: { action: "catalog.reprice" } })).toBe(1);
  });

  it("re-prices at once when a settings save changed a pricing setting, and only then", async () => {
    expect(await repriceIfPricingChanged(["panelName"], actor)).toBeNull();
    await updateSettings({ defaultMarkupPercent: "100" });
    expect(await repriceIfPricingChanged(["panelName", "defaultMarkupPercent"], actor)).toBeGreaterThan(0);
    expect((await byExternal("1")).rate).toBe(money("1.8"));
  });
});
