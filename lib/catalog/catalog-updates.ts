// The customers' "Updates" feed: services added, disabled or re-enabled, and selling prices up
// or down. Written in the transaction of the change by the import, the price sync (through
// repriceService) and the admin's service edits; shown on /updates unless the owner turns it off.
import { CatalogChange, db, type Tx } from "../db";

export type CatalogUpdateInput = {
  serviceId: number;
  change: CatalogChange;
  oldRate?: bigint | null;
  newRate?: bigint | null;
};

export async function recordCatalogUpdates(entries: CatalogUpdateInput[], tx: Tx = db): Promise<void> {
  for (const entry of entries) {
    await tx.catalogUpdate.create({
      data: {
        serviceId: entry.serviceId,
        change: entry.change,
        oldRate: entry.oldRate ?? null,
        newRate: entry.newRate ?? null,
      },
    });
  }
}

/** A selling-rate change as a feed entry, or nothing when the rate did not move. */
export function priceChange(serviceId: number, oldRate: bigint, newRate: bigint): CatalogUpdateInput[] {
  if (oldRate === newRate) return [];
  return [
    {
      serviceId,
      change: newRate > oldRate ? CatalogChange.PRICE_UP : CatalogChange.PRICE_DOWN,
      oldRate,
      newRate,
    },
  ];
}

export async function listCatalogUpdates(page = 1, pageSize = 50) {
  const [total, rows] = await Promise.all([
    db.catalogUpdate.count(),
    db.catalogUpdate.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        change: true,
        oldRate: true,
        newRate: true,
        createdAt: true,
        service: { select: { id: true, name: true, category: { select: { name: true } } } },
      },
    }),
  ]);
  return { rows, total, page, pageSize };
}
