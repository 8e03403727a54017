// Announcements (dates, pin, dismissals that stay) and the catalog updates feed written by
// re-pricing and by the admin's enable/disable.
import { describe, expect, it } from "vitest";
import {
  activeAnnouncementsFor,
  deleteAnnouncement,
  dismissAnnouncement,
  saveAnnouncement,
} from "@/lib/announcements/announcements";
import { listCatalogUpdates } from "@/lib/catalog/catalog-updates";
import { bulkUpdateServices } from "@/lib/catalog/manage-services";
import { loadPricing } from "@/lib/catalog/load-pricing";
import { repriceService, WITH_COST } from "@/lib/catalog/reprice";
import { db, Role } from "@/lib/db";
import { makeProvider, makeService, makeUser } from "../admin/support";

const DAY = 86_400_000;

describe("announcements", () => {
  it("shows running ones, pinned first, until each customer dismisses them; changes are audited", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const [ann, bea] = [(await makeUser()).id, (await makeUser()).id];
    const now = new Date();
    const plain = await saveAnnouncement({ id: admin.id }, null, {
      title: "New services",
      body: "We added **TikTok** views.\n\n- fast\n- cheap",
    });
    const pinned = await saveAnnouncement({ id: admin.id }, null, {
      title: "Maintenance",
      body: "Tonight",
      pinned: true,
    });
    await saveAnnouncement({ id: admin.id }, null, {
      title: "Future",
      body: "Later",
      startsAt: new Date(now.getTime() + DAY).toISOString(),
    });
    await saveAnnouncement({ id: admin.id }, null, {
      title: "Past",
      body: "Over",
      startsAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      endsAt: new Date(now.getTime() - DAY).toISOString(),
    });
    await expect(
      saveAnnouncement({ id: admin.id }, null, {
        title: "Backwards",
        body: "x",
        startsAt: "2026-12-02",
        endsAt: "2026-12-01",
      }),
    ).rejects.toThrow(/end must come after/);

    expect((await activeAnnouncementsFor(ann, now)).map((a) => a.id)).toEqual([pinned.id, plain.id]);
    await dismissAnnouncement(ann, plain.id);
    await dismissAnnouncement(ann, plain.id); // twice is harmless
    expect((await activeAnnouncementsFor(ann, now)).map((a) => a.id)).toEqual([pinned.id]);
    expect((await activeAnnouncementsFor(bea, now)).map((a) => a.id)).toEqual([pinned.id, plain.id]);
    expect(
      (await activeAnnouncementsFor(ann, new Date(now.getTime() + 2 * DAY))).map((a) => a.title),
    ).toEqual(["Maintenance", "Future"]);

    await deleteAnnouncement({ id: admin.id }, pinned.id);
    expect(await db.auditLog.count({ where: { targetType: "announcement" } })).toBe(5);
  });
});

describe("catalog updates", () => {
  it("records price up/down with old and new rates, disables and re-enables, never for services customers could not see", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const provider = await makeProvider();
    const service = await makeService(provider.id, { rate: 1_300_000n, cost: 1_000_000n });
    const hidden = await makeService(provider.id, { rate: 1_300_000n, cost: 1_000_000n, enabled: false });
    const defaults = await loadPricing();
    const reprice = async (id: number, cost: bigint) => {
      const row = await db.service.findUniqueOrThrow({ where: { id }, include: WITH_COST });
      await db.providerService.update({ where: { id: row.providerServiceId }, data: { rate: cost } });
      await db.$transaction(async (tx) =>
        repriceService(
          tx,
          await tx.service.findUniqueOrThrow({ where: { id }, include: WITH_COST }),
          defaults,
        ),
      );
    };
    await reprice(service.id, 2_000_000n);
    await reprice(service.id, 500_000n);
    await reprice(hidden.id, 2_000_000n);
    await bulkUpdateServices({ op: "disable", serviceIds: [service.id] }, { id: admin.id });
    await bulkUpdateServices({ op: "enable", serviceIds: [service.id] }, { id: admin.id });

    const feed = (await listCatalogUpdates()).rows.reverse();
    expect(feed.map((r) => [r.service.id, r.change])).toEqual([
      [service.id, "PRICE_UP"],
      [service.id, "PRICE_DOWN"],
      [service.id, "DISABLED"],
      [service.id, "ENABLED"],
    ]);
    expect(feed[0].oldRate).toBe(1_300_000n);
    expect(feed[0].newRate).toBe(2_600_000n); // 30% default markup
    expect(feed[1].oldRate).toBe(2_600_000n);
    expect(feed[1].newRate).toBe(650_000n);
  });
});
