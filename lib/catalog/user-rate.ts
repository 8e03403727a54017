// The selling rate one user pays for one service: a fixed per-user rate for the service, else
// the user's discount on the catalog rate (their own or their loyalty tier's, whichever is
// larger), else the catalog rate. Never below the provider's cost unless the admin allowed
// selling that service below cost. Used by the web, mass orders and the reseller API alike.
import { db, type Tx } from "../db";
import { divCeil } from "../money";
import { listTiers, tierForSpend } from "../tiers/tiers";

export type UserPrice = { serviceId: number | null; rate: bigint | null; discountBps: number | null };
export type PricedService = { id: number; rate: bigint; allowBelowCost: boolean; cost: bigint };

export function applyUserPrice(service: PricedService, prices: readonly UserPrice[]): bigint {
  const own = prices.find((p) => p.serviceId === service.id && p.rate !== null);
  const discount = prices.find((p) => p.serviceId === null && p.discountBps !== null)?.discountBps ?? 0;
  const rate = own?.rate ?? divCeil(service.rate * BigInt(10_000 - discount), 10_000n);
  return service.allowBelowCost || rate >= service.cost ? rate : service.cost;
}

export async function getUserPrices(userId: number, tx: Tx = db): Promise<UserPrice[]> {
  const [user, tiers] = await Promise.all([
    tx.user.findUnique({
      where: { id: userId },
      select: { spent: true, pinnedTierId: true, servicePrices: { select: { serviceId: true, rate: true, discountBps: true } } },
    }),
    listTiers(tx),
  ]);
  if (!user) return [];
  const tier = tiers.find((t) => t.id === user.pinnedTierId) ?? tierForSpend(user.spent, tiers);
  return withTierDiscount(user.servicePrices, tier?.discountBps ?? 0);
}

/** The user's prices with their global discount raised to the tier's, when the tier's is larger. */
export function withTierDiscount(prices: readonly UserPrice[], tierBps: number): UserPrice[] {
  const own = prices.find((p) => p.serviceId === null && p.discountBps !== null)?.discountBps ?? 0;
  if (tierBps <= own) return [...prices];
  return [...prices.filter((p) => !(p.serviceId === null && p.discountBps !== null)), { serviceId: null, rate: null, discountBps: tierBps }];
}
