// One provider's `services` list, read live over API v2, with what the panel stores of each entry.
import { db, type ProviderServiceModel as ProviderServiceRow } from "../db";
import { AppError, NotFoundError } from "../errors";
import { connectProvider } from "../providers/connect";
import type { ProviderService } from "../providers/types";

export type ProviderCatalog = {
  provider: { id: number; name: string; currency: string | null };
  services: ProviderService[];
  invalid: Array<{ index: number; reason: string }>;
};

export async function fetchProviderCatalog(providerId: number): Promise<ProviderCatalog> {
  const provider = await db.provider.findUnique({ where: { id: providerId } });
  if (!provider) throw new NotFoundError("Provider not found");
  const result = await connectProvider(provider).services();
  if (result.kind !== "ok") {
    throw new AppError(
      `${provider.name} did not list its services (${result.reason}). Try again later.`,
      "provider_unavailable",
      undefined,
      {
        key: "errors.catalog.providerListFailed",
        values: { provider: provider.name, reason: result.reason },
      },
    );
  }
  return {
    provider: { id: provider.id, name: provider.name, currency: provider.currency },
    services: result.value.services,
    invalid: result.value.invalid,
  };
}

/** The ProviderService columns mirrored from one listed service. */
export function mirrorFields(service: ProviderService) {
  return {
    name: service.name,
    type: service.type ?? service.typeName,
    category: service.category || "Other",
    rate: service.rate,
    min: service.min,
    max: service.max,
    refill: service.refill,
    cancel: service.cancel,
    dripfeed: service.dripfeed,
  };
}

export type MirroredField = keyof ReturnType<typeof mirrorFields>;
const COMPARED: MirroredField[] = [
  "name",
  "type",
  "category",
  "rate",
  "min",
  "max",
  "refill",
  "cancel",
  "dripfeed",
];

/** Fields whose listed value differs from the stored mirror. */
export function changedFields(stored: ProviderServiceRow, listed: ProviderService): MirroredField[] {
  const next = mirrorFields(listed);
  return COMPARED.filter((field) => stored[field] !== next[field]);
}
