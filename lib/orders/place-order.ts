// Placing one order (web form, mass order, reseller API): the server recomputes the price, type
// and provider from its own catalog, then the charge, the order row (Pending, queued for
// dispatch) and its ledger row land in ONE transaction with a conditional debit. A reseller's
// requestId makes a retry return the first order instead of charging twice.
import { errorMessages } from "@/i18n/error-text";
import { db, DispatchState, isUniqueViolation, LedgerType, OrderStatus, UserStatus, type Tx } from "../db";
import { assertMayOrder } from "../auth/email-verification";
import { AppError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { chargeFor } from "../money";
import { convertUp } from "../currency/exchange-rate";
import { getOrderableService, type OrderableService } from "../catalog/get-orderable-service";
import { FLAT_PRICE_TYPES, parseOrderFields, type OrderFields } from "../validations/order";
import { dispatchSoon } from "./dispatch";
import { ORDER_TX_OPTIONS } from "./transaction";

export type OrderSource = "web" | "mass" | "api";

export type PlaceOrderInput = {
  userId: number;
  serviceId: number;
  fields: Record<string, unknown>;
  source: OrderSource;
  /** Reseller idempotency key: the same user + requestId returns the first order. */
  requestId?: string;
};

export type PlacedOrder = { orderId: number; charge: bigint; balanceAfter: bigint; duplicate: boolean };

export type PricedOrder = {
  service: OrderableService;
  fields: OrderFields;
  charge: bigint;
  cost: bigint; // panel currency
  providerCost: bigint; // the provider's currency
};

/** Validates the fields against the service and prices them; throws AppError with the field's wording. */
export function priceOrder(service: OrderableService, raw: Record<string, unknown>): PricedOrder {
  const parsed = parseOrderFields(service.type, raw, { min: service.min, max: service.max });
  if (!parsed.ok) throw new AppError(parsed.message, "invalid_field", parsed.field, parsed.i18n);
  const { fields } = parsed;
  if (fields.dripfeed && !service.dripfeed) throw new AppError(errorMessages.order.noDripfeed, "invalid_field", "runs");
  const flat = FLAT_PRICE_TYPES.includes(service.type);
  const providerCost = flat ? service.providerCost : chargeFor(service.providerCost, fields.quantity);
  return {
    service,
    fields,
    charge: flat ? service.rate : chargeFor(service.rate, fields.quantity),
    providerCost,
    // The provider's own charge at the rate in force, rounded up.
    cost: convertUp(providerCost, service.exchangeRate),
  };
}

/** Validates and prices an order for this user without placing it (mass order totals, live charge). */
export async function quoteOrder(userId: number, serviceId: number, raw: Record<string, unknown>, tx: Tx = db): Promise<PricedOrder> {
  return priceOrder(await getOrderableService(serviceId, userId, tx), raw);
}

async function findByRequestId(userId: number, requestId: string): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { userId_requestId: { userId, requestId } },
    select: { id: true, charge: true, user: { select: { balance: true } } },
  });
  return order && { orderId: order.id, charge: order.charge, balanceAfter: order.user.balance, duplicate: true };
}

function normalizeRequestId(requestId: string | undefined): string | undefined {
  if (requestId === undefined) return undefined;
  const trimmed = requestId.trim();
  if (trimmed === "" || trimmed.length > 100) throw new AppError("Incorrect request ID", "invalid_field", "requestId");
  return trimmed;
}

export async function placeOrder(input: PlaceOrderInput, options: { dispatch?: boolean } = {}): Promise<PlacedOrder> {
  const requestId = normalizeRequestId(input.requestId);
  if (requestId) {
    const existing = await findByRequestId(input.userId, requestId);
    if (existing) return existing;
  }

  await assertMayOrder(input.userId);
  // Catalog and fields are read before the transaction: its first statement is then a write,
  // which on SQLite takes the write lock at once (no read-to-write upgrade to fail under load).
  const { service, fields, charge, cost, providerCost } = await quoteOrder(input.userId, input.serviceId, input.fields);
  let placed: PlacedOrder;
  try {
    placed = await db.$transaction(async (tx) => {
      const now = new Date();
      const order = await tx.order.create({
        data: {
          userId: input.userId,
          serviceId: service.id,
          providerId: service.provider.id,
          link: fields.link,
          quantity: fields.quantity,
          params: JSON.stringify(fields.params),
          charge,
          cost,
          providerCost,
          providerCurrency: service.provider.currency,
          exchangeRate: service.exchangeRate?.text ?? null,
          status: OrderStatus.PENDING,
          dispatchState: DispatchState.QUEUED,
          nextDispatchAt: now,
          source: input.source,
          requestId,
          createdAt: now,
        },
        select: { id: true },
      });
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { status: true } });
      if (!user) throw new AppError("Account not found", "not_found");
      if (user.status !== UserStatus.ACTIVE) throw new AppError(errorMessages.accountSuspended, "forbidden");
      let balanceAfter: bigint;
      if (charge > 0n) {
        ({ balanceAfter } = await changeBalance(tx, {
          userId: input.userId,
          amount: -charge,
          type: LedgerType.ORDER_CHARGE,
          orderId: order.id,
          idempotencyKey: `order:${order.id}:charge`,
        }));
      } else {
        balanceAfter = (await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { balance: true } })).balance;
      }
      return { orderId: order.id, charge, balanceAfter, duplicate: false };
    }, ORDER_TX_OPTIONS);
  } catch (error) {
    // Two requests with one requestId raced: the unique constraint let one in; answer with it.
    if (requestId && isUniqueViolation(error)) {
      const existing = await findByRequestId(input.userId, requestId);
      if (existing) return existing;
    }
    throw error;
  }

  if (options.dispatch ?? true) dispatchSoon([placed.orderId]);
  return placed;
}
