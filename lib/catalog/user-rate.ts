// The selling rate one user pays for one service: a fixed per-user rate for the service, else
// the user's discount on the catalog rate, else the catalog rate. Never below the provider's
// cost unless the admin allowed selling that service below cost. Used by the web, mass orders
// and the reseller API alike.
import { db, type Tx } from "../db";
import { divCeil } from "../money";

export type UserPrice = { serviceId: number | null; rate: bigint | null; discountBps: number | null };
export type PricedService = { id: number; rate: bigint; allowBelowCost: boolean; cost: bigint };

export function applyUserPrice(service: PricedService, prices: readonly UserPrice[]): bigint {
  const own = prices.find((p) => p.serviceId === service.id && p.rate !== null);
  const discount = prices.find((p) => p.serviceId === null && p.discountBps !== null)?.discountBps ?? 0;
  const rate = own?.rate ?? divCeil(service.rate * BigInt(10_000 - discount), 10_000n);
  return service.allowBelowCost || rate >= service.cost ? rate : service.cost;
}

export async function getUserPrices(userId: number, tx: Tx = db): Promise<UserPrice[]> {
  return tx.userServicePrice.findMany({ where: { userId }, select: { serviceId: true, rate: true, discountBps: true } });
}
