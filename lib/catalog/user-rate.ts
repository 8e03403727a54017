// The selling rate one user pays for one service: a fixed per-user rate for the service, else
// the user's discount on the catalog rate (their own or their loyalty tier's, whichever is
// larger), else the catalog rate. Never below the provider's cost unless the admin allowed
// selling that service below cost. Used by the web, mass orders and the reseller API alike.
import { directRead } from "../db/direct-read";
import { directStatement } from "../db/statement";
import { divCeil } from "../money";
import { listTiers, tierOf } from "../tiers/tiers";

export type UserPrice = { serviceId: number | null; rate: bigint | null; discountBps: number | null };
export type PricedService = { id: number; rate: bigint; allowBelowCost: boolean; cost: bigint };

export function applyUserPrice(service: PricedService, prices: readonly UserPrice[]): bigint {
  const own = prices.find((p) => p.serviceId === service.id && p.rate !== null);
  const discount = prices.find((p) => p.serviceId === null && p.discountBps !== null)?.discountBps ?? 0;
  const rate = own?.rate ?? divCeil(service.rate * BigInt(10_000 - discount), 10_000n);
  return service.allowBelowCost || rate >= service.cost ? rate : service.cost;
}

// The user's spend, pinned tier and own prices (one row per price, or one row of nulls): read on
// the driver, as every placement and catalog view needs them.
const USER_PRICES = directStatement(
  "user-prices",
  `SELECT u.spent, u."pinnedTierId", p."serviceId", p.rate, p."discountBps"
     FROM "User" u LEFT JOIN "UserServicePrice" p ON p."userId" = u.id
    WHERE u.id = $1`,
);

export async function getUserPrices(userId: number): Promise<UserPrice[]> {
  const [rows, tiers] = await Promise.all([directRead(USER_PRICES, [userId]), listTiers()]);
  if (rows.length === 0) return [];
  const { spent, pinnedTierId } = rows[0];
  const prices = rows
    .filter((row) => row.rate !== null || row.discountBps !== null)
    .map((row) => ({
      serviceId: row.serviceId === null ? null : Number(row.serviceId),
      rate: row.rate === null ? null : BigInt(row.rate as bigint),
      discountBps: row.discountBps === null ? null : Number(row.discountBps),
    }));
  const { tier } = tierOf(
    { spent: BigInt(spent as bigint), pinnedTierId: pinnedTierId === null ? null : Number(pinnedTierId) },
    tiers,
  );
  return withTierDiscount(prices, tier?.discountBps ?? 0);
}

/** The user's prices with their global discount raised to the tier's, when the tier's is larger. */
export function withTierDiscount(prices: readonly UserPrice[], tierBps: number): UserPrice[] {
  const own = prices.find((p) => p.serviceId === null && p.discountBps !== null)?.discountBps ?? 0;
  if (tierBps <= own) return [...prices];
  return [
    ...prices.filter((p) => !(p.serviceId === null && p.discountBps !== null)),
    { serviceId: null, rate: null, discountBps: tierBps },
  ];
}
