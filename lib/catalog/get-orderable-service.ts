// A service as an order needs it: enabled, its provider active, limits, and the rate this user
// pays. Everything an order charges comes from here, never from the client. Every placement
// (web, mass order, reseller API) reads it, so it is one prepared statement on the driver
// (lib/db/direct-read.ts), committed data only, nothing cached: a price or status change counts
// from the next order on.
import { errorMessages } from "@/i18n/error-text";
import { ProviderStatus } from "../db";
import { directRead } from "../db/direct-read";
import { directStatement, rowFlag } from "../db/statement";
import { AppError } from "../errors";
import { convertUp } from "../currency/exchange-rate";
import { parseRate } from "../validations/currency";
import { applyUserPrice, getUserPrices } from "./user-rate";

export class IncorrectServiceError extends AppError {
  constructor() {
    super(errorMessages.incorrectService, "incorrect_service", "service");
  }
}

// The service, what its provider sells it as, the provider, and the rate of the provider's
// currency (no row: the provider prices in the panel currency, see lib/currency/load-rates.ts).
const ORDERABLE_SERVICE = directStatement(
  "orderable-service",
  `SELECT s.id, s.name, s.type, s.min, s.max, s.rate, s.enabled, s."allowBelowCost", s."refillDays",
          ps.id AS "providerServiceId", ps."externalId", ps.rate AS "providerCost", ps.available, ps.refill, ps.cancel, ps.dripfeed,
          p.id AS "providerId", p.name AS "providerName", p.status AS "providerStatus", p.currency AS "providerCurrency",
          r.rate AS "exchangeRate"
     FROM "Service" s
     JOIN "ProviderService" ps ON ps.id = s."providerServiceId"
     JOIN "Provider" p ON p.id = ps."providerId"
     LEFT JOIN "ExchangeRate" r ON r.currency = p.currency
    WHERE s.id = $1`,
);

export async function getOrderableService(serviceId: number, userId: number) {
  if (!Number.isSafeInteger(serviceId) || serviceId <= 0) throw new IncorrectServiceError();
  const [[row], prices] = await Promise.all([
    directRead(ORDERABLE_SERVICE, [serviceId]),
    getUserPrices(userId),
  ]);
  if (
    !row ||
    !rowFlag(row.enabled) ||
    !rowFlag(row.available) ||
    row.providerStatus !== ProviderStatus.ACTIVE
  ) {
    throw new IncorrectServiceError();
  }
  const exchangeRate = row.exchangeRate === null ? null : parseRate(String(row.exchangeRate));
  const providerCost = BigInt(row.providerCost as bigint);
  const cost = convertUp(providerCost, exchangeRate);
  const id = Number(row.id);
  const rate = applyUserPrice(
    { id, rate: BigInt(row.rate as bigint), allowBelowCost: rowFlag(row.allowBelowCost), cost },
    prices,
  );
  return {
    id,
    name: String(row.name),
    type: String(row.type),
    min: Number(row.min),
    max: Number(row.max),
    rate, // units per 1000 (Package types: per order), what this user pays
    cost, // units per 1000, provider cost in the panel currency (rounded up)
    providerCost, // units per 1000 of the provider's currency
    exchangeRate, // the rate cost was converted at; null = the provider prices in the panel currency
    refill: rowFlag(row.refill),
    cancel: rowFlag(row.cancel),
    dripfeed: rowFlag(row.dripfeed),
    refillDays: row.refillDays === null ? null : Number(row.refillDays),
    provider: {
      id: Number(row.providerId),
      name: String(row.providerName),
      currency: row.providerCurrency === null ? null : String(row.providerCurrency),
    },
    providerServiceId: Number(row.providerServiceId),
    providerExternalId: String(row.externalId),
  };
}

export type OrderableService = Awaited<ReturnType<typeof getOrderableService>>;
