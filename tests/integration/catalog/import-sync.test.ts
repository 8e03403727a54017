// Import, price sync and the customer catalog against the simulator over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateCategory } from "@/lib/catalog/categories";
import { importServices, previewImport } from "@/lib/catalog/import-services";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { listAdminServices, listBelowCostServices } from "@/lib/catalog/list-admin-services";
import { listPriceSyncLog } from "@/lib/catalog/list-sync-log";
import { PRICE_SYNC_LEASE, syncPricesNow, syncProviderPrices } from "@/lib/catalog/sync-prices";
import { db, OrderStatus, ProviderStatus } from "@/lib/db";
import { acquireLease, releaseLease } from "@/lib/jobs/lease";
import { parseMoney } from "@/lib/money";
import { flushExchangeLog } from "@/lib/providers/connect";
import { createProvider } from "@/lib/providers/manage-providers";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";
import { createUser } from "@/lib/users/create-user";

const money = (text: string) => parseMoney(text)!;
const actor = { id: null };
let sim: SimulatorHandle;
let providerId: number;
/** simulator service id -> panel service id */
const panel = new Map<number, number>();

async function service(simId: number) {
  return db.service.findUniqueOrThrow({
    where: { id: panel.get(simId)! },
    include: { providerService: true, category: true },
  });
}

async function logFor(simId: number) {
  return db.priceSyncLog.findMany({ where: { serviceId: panel.get(simId)! }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  await updateSettings({ allowPrivateProviderUrls: true }); // the simulator is on 127.0.0.1
  providerId = (await createProvider({ name: "Sim", apiUrl: sim.url, apiKey: sim.key }, actor)).id;
});

afterAll(async () => {
  await flushExchangeLog();
  await sim.close();
});

describe("import", () => {
  it("previews every listed service as new, grouped by the provider's category", async () => {
    const preview = await previewImport(providerId);
    expect(preview.counts).toEqual({ new: 17, changed: 0, unchanged: 0, gone: 0 });
    const followers = preview.groups.find((g) => g.category === "Instagram Followers");
    expect(followers?.items).toEqual([
      expect.objectContaining({
        externalId: "1",
        rate: money("0.90"),
        min: 50,
        max: 10000,
        refill: true,
        cancel: true,
        dripfeed: true,
        status: "new",
        suggestedRate: money("1.17"),
      }),
    ]);
    expect(
      preview.groups.find((g) => g.category === "Instagram Comments")?.items.map((i) => i.externalId),
    ).toEqual(["6", "7", "13", "14"]);
    expect(await db.service.count()).toBe(0); // a preview writes nothing to the catalog
  });

  it("imports the chosen services into categories named by default after the provider's, at the default markup", async () => {
    const result = await importServices(
      {
        providerId,
        items: [
          { externalId: "13", categoryName: "Instagram" },
          { externalId: "1", categoryName: "Instagram Followers" },
          { externalId: "2", categoryName: "Instagram" },
          { externalId: "3", categoryName: "YouTube" },
          { externalId: "5", categoryName: "Instagram" },
        ],
      },
      actor,
    );
    expect(result.skipped).toEqual([]);
    for (const created of result.created) panel.set(Number(created.externalId), created.id);

    const followers = await service(1);
    expect(followers).toMatchObject({
      name: "Instagram Followers [Real, 30 days refill]",
      type: "Default",
      min: 50,
      max: 10000,
      rate: money("1.17"),
      enabled: true,
    });
    expect(followers.category.name).toBe("Instagram Followers");
    expect((await service(3)).rate).toBe(money("0.00156")); // 0.0012 + 30%: 0.01 would be 733%, past the rounding tolerance
    expect(await service(5)).toMatchObject({ type: "Package", rate: money("1.95"), min: 1, max: 1 });
    expect(
      new Set([(await service(2)).categoryId, (await service(5)).categoryId, (await service(13)).categoryId])
        .size,
    ).toBe(1);
    expect(panel.get(1)).toBe(2); // the panel's own ids, never the provider's

    expect(await db.providerService.count({ where: { providerId } })).toBe(17); // the whole list is mirrored
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "catalog.import" } });
    expect(JSON.parse(audit.after!).created).toHaveLength(5);
  });

  it("skips what is already imported and previews it as unchanged", async () => {
    const again = await importServices(
      { providerId, items: [{ externalId: "1", categoryName: "Other" }] },
      actor,
    );
    expect(again).toEqual({ created: [], skipped: [{ externalId: "1", reason: "already imported" }] });
    const preview = await previewImport(providerId);
    expect(preview.counts).toEqual({ new: 12, changed: 0, unchanged: 5, gone: 0 });
  });
});

describe("price sync", () => {
  it("shows a changed rate in the preview, then re-prices the marked-up service and logs old -> new", async () => {
    sim.setRate(1, "1.20");
    const preview = await previewImport(providerId);
    const item = preview.groups.flatMap((g) => g.items).find((i) => i.externalId === "1");
    expect(item).toMatchObject({
      status: "changed",
      changes: [{ field: "rate", from: "0.90000", to: "1.20000" }],
    });

    const result = await syncProviderPrices(providerId);
    expect(result).toMatchObject({ ok: true, changes: 1 });
    expect((await service(1)).rate).toBe(money("1.56"));
    expect(await logFor(1)).toEqual([
      expect.objectContaining({ field: "cost", oldValue: "0.90000", newValue: "1.20000" }),
      expect.objectContaining({ field: "rate", oldValue: "1.17000", newValue: "1.56000" }),
    ]);
    // A second sync with nothing new changes and logs nothing.
    expect(await syncProviderPrices(providerId)).toMatchObject({ ok: true, changes: 0 });
    expect(await logFor(1)).toHaveLength(2);
  });

  it("disables a service whose manual price the provider's new rate passed, and flags it", async () => {
    await db.service.update({
      where: { id: panel.get(2)! },
      data: { manualRate: money("0.15"), rate: money("0.15") },
    });
    sim.setRate(2, "0.20");
    await syncProviderPrices(providerId);
    expect(await service(2)).toMatchObject({ enabled: false, rate: money("0.15") });
    expect(await logFor(2)).toContainEqual(
      expect.objectContaining({
        field: "enabled",
        oldValue: "true",
        newValue: "false",
        note: expect.stringContaining("below the provider rate"),
      }),
    );
    expect((await listBelowCostServices()).map((s) => s.id)).toEqual([panel.get(2)]);
    expect((await listAdminServices({ belowCost: true })).map((s) => s.id)).toEqual([panel.get(2)]);
  });

  it("re-prices instead when the admin chose so, and leaves an allowed below-cost price alone", async () => {
    await updateSettings({ belowCostAction: "reprice" });
    await db.service.update({
      where: { id: panel.get(13)! },
      data: { manualRate: money("1.20"), rate: money("1.20") },
    });
    await db.service.update({
      where: { id: panel.get(5)! },
      data: { manualRate: money("1.60"), rate: money("1.60"), allowBelowCost: true },
    });
    sim.setRate(13, "1.50");
    sim.setRate(5, "1.80");
    await syncProviderPrices(providerId);
    expect(await service(13)).toMatchObject({ enabled: true, rate: money("1.95") }); // 1.50 + 30%
    expect(await service(5)).toMatchObject({ enabled: true, rate: money("1.60") });
    expect((await listBelowCostServices()).map((s) => s.id)).not.toContain(panel.get(5));
    await updateSettings({ belowCostAction: "disable" });
    // Under "disable" the next sync would hold 13 back; the admin drops its manual price instead.
    await db.service.update({ where: { id: panel.get(13)! }, data: { manualRate: null } });
  });

  it("narrows min and max to the provider's", async () => {
    // As if the provider had listed a wider range before.
    const followers = await service(1);
    await db.providerService.update({
      where: { id: followers.providerServiceId },
      data: { min: 10, max: 50_000 },
    });
    await db.service.update({ where: { id: followers.id }, data: { min: 20, max: 40_000 } });
    await syncProviderPrices(providerId);
    expect(await service(1)).toMatchObject({ min: 50, max: 10000 });
    const log = await logFor(1);
    expect(log).toContainEqual(expect.objectContaining({ field: "min", oldValue: "20", newValue: "50" }));
    expect(log).toContainEqual(
      expect.objectContaining({ field: "max", oldValue: "40000", newValue: "10000" }),
    );
  });

  it("disables a service gone upstream and previews it as gone", async () => {
    sim.removeService(3);
    await syncProviderPrices(providerId);
    expect(await service(3)).toMatchObject({ enabled: false, providerService: { available: false } });
    expect(await logFor(3)).toContainEqual(
      expect.objectContaining({ field: "enabled", newValue: "false", note: "gone from the provider's list" }),
    );
    const preview = await previewImport(providerId);
    expect(preview.groups.flatMap((g) => g.items).find((i) => i.externalId === "3")?.status).toBe("gone");
  });

  it("changes nothing when the provider cannot be read, and logs why", async () => {
    sim.setRate(1, "5.00");
    sim.setFault("services", "http500");
    const result = await syncProviderPrices(providerId);
    sim.clearFaults();
    expect(result).toMatchObject({ ok: false });
    expect((await service(1)).rate).toBe(money("1.56"));
    const page = await listPriceSyncLog();
    expect(page.rows[0]).toMatchObject({
      field: "provider",
      service: null,
      note: expect.stringContaining("Sim"),
    });
    sim.setRate(1, "1.20");
  });

  it("refuses the button while another instance holds the sync lease", async () => {
    expect(await acquireLease(PRICE_SYNC_LEASE, 60_000, "other-instance")).toBe(true);
    await expect(syncPricesNow()).rejects.toThrow(/already running/);
    await releaseLease(PRICE_SYNC_LEASE, "other-instance");
    expect((await syncPricesNow()).map((r) => r.ok)).toEqual([true]);
  });

  it("re-prices a category's services when its markup changes", async () => {
    const categoryId = (await service(1)).categoryId;
    const { repriced } = await updateCategory(
      categoryId,
      { name: "Followers", sortOrder: "5", markupPercent: "50", markupFixed: "" },
      actor,
    );
    expect(repriced).toBe(1);
    expect((await service(1)).rate).toBe(money("1.80"));
  });
});

describe("listCatalog", () => {
  it("lists enabled services of active providers, grouped and sorted by category then service order", async () => {
    const categories = await listCatalog({});
    const ids = categories.flatMap((c) => c.services.map((s) => s.id));
    expect(ids).not.toContain(panel.get(2)); // disabled below cost
    expect(ids).not.toContain(panel.get(3)); // gone upstream
    expect(categories.map((c) => c.name)).toEqual(["Followers", "Instagram"]); // sortOrder 5, then 20
    const followers = categories[0].services[0];
    expect(followers).toEqual({
      id: panel.get(1),
      name: "Instagram Followers [Real, 30 days refill]",
      type: "Default",
      categoryId: categories[0].id,
      categoryName: "Followers",
      rate: money("1.80"),
      min: 50,
      max: 10000,
      refill: true,
      cancel: true,
      dripfeed: true,
      description: null,
      averageSeconds: null,
    });
    expect(categories[1].services.map((s) => s.id)).toEqual([panel.get(13), panel.get(5)]); // in import order
  });

  it("shows each user their own price, never below cost unless allowed", async () => {
    const user = await createUser({ email: "catalog-buyer@test.dev", password: "test-pass-1" });
    await db.userServicePrice.create({ data: { userId: user.id, serviceId: null, discountBps: 5000 } });
    await db.userServicePrice.create({
      data: { userId: user.id, serviceId: panel.get(13)!, rate: money("1.70") },
    });
    const services = (await listCatalog({ userId: user.id })).flatMap((c) => c.services);
    const rate = (simId: number) => services.find((s) => s.id === panel.get(simId))?.rate;
    expect(rate(1)).toBe(money("1.20")); // 1.80 - 50% = 0.90, held at the cost 1.20
    expect(rate(13)).toBe(money("1.70"));
    expect(rate(5)).toBe(money("0.80")); // below cost allowed for this one
    expect(
      (await listCatalog({ userId: null })).flatMap((c) => c.services).find((s) => s.id === panel.get(1))
        ?.rate,
    ).toBe(money("1.80"));
  });

  it("averages completion time over each service's newest completed orders", async () => {
    const user = await db.user.findFirstOrThrow();
    const order = (simId: number, createdAt: Date, seconds: number) =>
      db.order.create({
        data: {
          userId: user.id,
          serviceId: panel.get(simId)!,
          providerId,
          link: "https://x.test/p",
          quantity: 100,
          charge: 1n,
          cost: 1n,
          status: OrderStatus.COMPLETED,
          createdAt,
          completedAt: new Date(createdAt.getTime() + seconds * 1000),
        },
      });
    const hourAgo = new Date(Date.now() - 3600_000);
    await order(1, hourAgo, 600);
    await order(1, hourAgo, 1200);
    await order(1, new Date(Date.now() - 40 * 86_400_000), 90_000); // older than the window
    // Service 5: 15 slow orders, then 10 newer fast ones; only the newest 10 count.
    for (let i = 0; i < 15; i++) await order(5, new Date(Date.now() - (180 - i) * 60_000), 3600);
    for (let i = 0; i < 10; i++) await order(5, new Date(Date.now() - (30 - i) * 60_000), 60);
    await db.order.create({
      data: {
        userId: user.id,
        serviceId: panel.get(13)!,
        providerId,
        link: "https://x.test/p",
        quantity: 100,
        charge: 1n,
        cost: 1n,
      },
    });

    const services = (await listCatalog({})).flatMap((c) => c.services);
    const average = (simId: number) => services.find((s) => s.id === panel.get(simId))?.averageSeconds;
    expect(average(1)).toBe(900);
    expect(average(5)).toBe(60);
    expect(average(13)).toBeNull(); // pending orders are no data
  });

  it("hides every service of a disabled provider", async () => {
    await db.provider.update({ where: { id: providerId }, data: { status: ProviderStatus.DISABLED } });
    expect(await listCatalog({})).toEqual([]);
    await db.provider.update({ where: { id: providerId }, data: { status: ProviderStatus.ACTIVE } });
  });
});
