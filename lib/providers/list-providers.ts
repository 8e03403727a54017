// Provider views for the admin: never the key, only whether one is stored.
import { db } from "../db";

export async function listProviders() {
  const providers = await db.provider.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      name: true,
      apiUrl: true,
      status: true,
      isDemo: true,
      balance: true,
      currency: true,
      lowBalanceThreshold: true,
      lastCheckedAt: true,
      lastError: true,
      _count: { select: { services: true, orders: true } },
    },
  });
  return providers.map((p) => ({ ...p, lowBalance: isLowBalance(p) }));
}

export function isLowBalance(p: { balance: bigint | null; lowBalanceThreshold: bigint | null }): boolean {
  return p.balance !== null && p.lowBalanceThreshold !== null && p.balance < p.lowBalanceThreshold;
}

export async function getProviderDetail(id: number) {
  const provider = await db.provider.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      apiUrl: true,
      status: true,
      isDemo: true,
      balance: true,
      currency: true,
      lowBalanceThreshold: true,
      lastCheckedAt: true,
      lastError: true,
      createdAt: true,
      _count: { select: { services: true, orders: true } },
    },
  });
  if (!provider) return null;
  const exchanges = await db.providerExchange.findMany({
    where: { providerId: id },
    orderBy: { id: "desc" },
    take: 50,
  });
  return { ...provider, lowBalance: isLowBalance(provider), exchanges };
}
