// Placing one order (web form, mass order, reseller API): the server recomputes the price, type
// and provider from its own catalog, then the charge, the order row (Pending, queued for
// dispatch) and its ledger row land in ONE transaction with a conditional debit. A reseller's
// requestId makes a retry return the first order instead of charging twice. Catalog reads and
// the transaction run on the driver (lib/db/direct-read.ts, lib/db/sql.ts): resellers place
// orders by the thousand, and Prisma cost several times the statements (`npm run bench:api`).
import { errorMessages } from "@/i18n/error-text";
import { db, isUniqueViolation, LedgerType, UserStatus } from "../db";
import { directStatement } from "../db/statement";
import { directTransaction } from "../db/sql";
import { assertMayOrder } from "../auth/email-verification";
import { AppError } from "../errors";
import { changeBalance } from "../ledger/change-balance";
import { convertedCostFor, convertUp } from "../currency/exchange-rate";
import { getOrderableService, type OrderableService } from "../catalog/get-orderable-service";
import { isPackageType } from "../catalog/service-types";
import { parseOrderFields, type OrderFields } from "../validations/order";
import { dispatchSoon } from "./dispatch";
import { orderCharge } from "./order-charge";

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
  if (fields.dripfeed && !service.dripfeed)
    throw new AppError(errorMessages.order.noDripfeed, "invalid_field", "runs");
  const providerCost = orderCharge(service.type, service.providerCost, fields.quantity);
  return {
    service,
    fields,
    charge: orderCharge(service.type, service.rate, fields.quantity),
    providerCost,
    // The provider's own charge at the rate in force, converted first, rounded up once.
    cost: isPackageType(service.type)
      ? convertUp(providerCost, service.exchangeRate)
      : convertedCostFor(service.providerCost, fields.quantity, service.exchangeRate),
  };
}

/** Validates and prices an order for this user without placing it (mass order totals, live charge). */
export async function quoteOrder(
  userId: number,
  serviceId: number,
  raw: Record<string, unknown>,
): Promise<PricedOrder> {
  return priceOrder(await getOrderableService(serviceId, userId), raw);
}

async function findByRequestId(userId: number, requestId: string): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { userId_requestId: { userId, requestId } },
    select: { id: true, charge: true, user: { select: { balance: true } } },
  });
  return (
    order && { orderId: order.id, charge: order.charge, balanceAfter: order.user.balance, duplicate: true }
  );
}

function normalizeRequestId(requestId: string | undefined): string | undefined {
  if (requestId === undefined) return undefined;
  const trimmed = requestId.trim();
  if (trimmed === "" || trimmed.length > 100)
    throw new AppError("Incorrect request ID", "invalid_field", "requestId");
  return trimmed;
}

// Pending and queued for dispatch now; the charge follows in the same transaction.
const INSERT_ORDER = directStatement(
  "insert-order",
  `INSERT INTO "Order" ("userId", "serviceId", "providerId", link, quantity, params, charge, cost, "providerCost", "providerCurrency", "exchangeRate",
                        status, "dispatchState", "nextDispatchAt", source, "requestId", "createdAt", "updatedAt")
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PENDING', 'QUEUED', $12, $13, $14, $15, $16) RETURNING id`,
);
const USER_STATE = directStatement("order-user-state", `SELECT status, balance FROM "User" WHERE id = $1`);

export async function placeOrder(
  input: PlaceOrderInput,
  options: { dispatch?: boolean } = {},
): Promise<PlacedOrder> {
  const requestId = normalizeRequestId(input.requestId);
  if (requestId) {
    const existing = await findByRequestId(input.userId, requestId);
    if (existing) return existing;
  }

  await assertMayOrder(input.userId);
  // Catalog and fields are read before the transaction: its first statement is then a write,
  // which on SQLite takes the write lock at once (no read-to-write upgrade to fail under load).
  const { service, fields, charge, cost, providerCost } = await quoteOrder(
    input.userId,
    input.serviceId,
    input.fields,
  );
  let placed: PlacedOrder;
  try {
    placed = await directTransaction(async (sql) => {
      const now = new Date();
      const [order] = await sql.all(INSERT_ORDER, [
        input.userId,
        service.id,
        service.provider.id,
        fields.link,
        fields.quantity,
        JSON.stringify(fields.params),
        charge,
        cost,
        providerCost,
        service.provider.currency,
        service.exchangeRate?.text ?? null,
        now,
        input.source,
        requestId ?? null,
        now,
        now,
      ]);
      const orderId = Number(order.id);
      if (charge > 0n) {
        const debit = {
          userId: input.userId,
          amount: -charge,
          type: LedgerType.ORDER_CHARGE,
          orderId,
          idempotencyKey: `order:${orderId}:charge`,
          activeOnly: true,
        };
        return {
          orderId,
          charge,
          balanceAfter: (await changeBalance(sql, debit)).balanceAfter,
          duplicate: false,
        };
      }
      const [user] = await sql.all(USER_STATE, [input.userId]);
      if (!user) throw new AppError("Account not found", "not_found");
      if (user.status !== UserStatus.ACTIVE) throw new AppError(errorMessages.accountSuspended, "forbidden");
      return { orderId, charge, balanceAfter: BigInt(user.balance as bigint), duplicate: false };
    });
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
