// A service as an order needs it: enabled, its provider active, limits, and the rate this user
// pays. Everything an order charges comes from here, never from the client.
import { errorMessages } from "@/i18n/error-text";
import { db, ProviderStatus, type Tx } from "../db";
import { AppError } from "../errors";
import { convertUp } from "../currency/exchange-rate";
import { loadRateFor } from "../currency/load-rates";
import { applyUserPrice, getUserPrices } from "./user-rate";

export class IncorrectServiceError extends AppError {
  constructor() {
    super(errorMessages.incorrectService, "incorrect_service", "service");
  }
}

export async function getOrderableService(serviceId: number, userId: number, tx: Tx = db) {
  if (!Number.isSafeInteger(serviceId) || serviceId <= 0) throw new IncorrectServiceError();
  const service = await tx.service.findUnique({
    where: { id: serviceId },
    include: { providerService: { include: { provider: true } } },
  });
  if (!service || !service.enabled || !service.providerService.available || service.providerService.provider.status !== ProviderStatus.ACTIVE) {
    throw new IncorrectServiceError();
  }
  const provider = service.providerService.provider;
  const exchangeRate = await loadRateFor(provider.currency, tx);
  const providerCost = service.providerService.rate;
  const cost = convertUp(providerCost, exchangeRate);
  const rate = applyUserPrice({ id: service.id, rate: service.rate, allowBelowCost: service.allowBelowCost, cost }, await getUserPrices(userId, tx));
  return {
    id: service.id,
    name: service.name,
    type: service.type,
    min: service.min,
    max: service.max,
    rate, // units per 1000 (Package types: per order), what this user pays
    cost, // units per 1000, provider cost in the panel currency (rounded up)
    providerCost, // units per 1000 of the provider's currency
    exchangeRate, // the rate cost was converted at; null = the provider prices in the panel currency
    refill: service.providerService.refill,
    cancel: service.providerService.cancel,
    dripfeed: service.providerService.dripfeed,
    refillDays: service.refillDays,
    provider,
    providerServiceId: service.providerService.id,
    providerExternalId: service.providerService.externalId,
  };
}

export type OrderableService = Awaited<ReturnType<typeof getOrderableService>>;
