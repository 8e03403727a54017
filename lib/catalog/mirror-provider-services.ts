// Keeps the ProviderService rows of one provider equal to its latest `services` list: upsert by
// (providerId, externalId), and mark entries missing from the list as unavailable.
import type { ProviderServiceModel as ProviderServiceRow, Tx } from "../db";
import type { ProviderService } from "../providers/types";
import { changedFields, mirrorFields, type MirroredField } from "./fetch-provider-catalog";

export type MirrorResult = {
  /** Every stored row of the provider after the update, by externalId. */
  rows: Map<string, ProviderServiceRow>;
  /** The stored row before the update, for rows that changed or went away. */
  before: Map<string, ProviderServiceRow>;
  changed: Map<string, MirroredField[]>;
  created: string[];
  gone: string[];
};

export async function mirrorProviderServices(
  tx: Tx,
  providerId: number,
  listed: ProviderService[],
): Promise<MirrorResult> {
  const stored = await tx.providerService.findMany({ where: { providerId } });
  const byExternal = new Map(stored.map((row) => [row.externalId, row]));
  const result: MirrorResult = {
    rows: new Map(byExternal),
    before: new Map(),
    changed: new Map(),
    created: [],
    gone: [],
  };
  const now = new Date();
  const seen = new Set<string>();

  for (const service of listed) {
    if (seen.has(service.id)) continue; // a provider listing an id twice: the first entry wins
    seen.add(service.id);
    const row = byExternal.get(service.id);
    if (!row) {
      const created = await tx.providerService.create({
        data: { providerId, externalId: service.id, ...mirrorFields(service), syncedAt: now },
      });
      result.rows.set(service.id, created);
      result.created.push(service.id);
      continue;
    }
    const fields = changedFields(row, service);
    if (fields.length > 0 || !row.available) {
      result.before.set(service.id, row);
      if (fields.length > 0) result.changed.set(service.id, fields);
      result.rows.set(
        service.id,
        await tx.providerService.update({
          where: { id: row.id },
          data: { ...mirrorFields(service), available: true, syncedAt: now },
        }),
      );
    }
  }
  const goneIds = stored.filter((row) => row.available && !seen.has(row.externalId)).map((row) => row.id);
  if (goneIds.length > 0) {
    await tx.providerService.updateMany({
      where: { id: { in: goneIds } },
      data: { available: false, syncedAt: now },
    });
    for (const row of stored) {
      if (!goneIds.includes(row.id)) continue;
      result.before.set(row.externalId, row);
      result.rows.set(row.externalId, { ...row, available: false, syncedAt: now });
      result.gone.push(row.externalId);
    }
  }
  await tx.providerService.updateMany({
    where: { providerId, available: true, id: { notIn: goneIds } },
    data: { syncedAt: now },
  });
  return result;
}
