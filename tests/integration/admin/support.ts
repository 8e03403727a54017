// Small builders for the admin integration tests: a provider with services, users with money,
// orders with their ledger rows, dated in the past when a test needs it.
import { db, LedgerType, OrderStatus, DispatchState, Role } from "@/lib/db";
import { changeBalance } from "@/lib/ledger/change-balance";
import { createUser } from "@/lib/users/create-user";

let seq = 0;
const DAY = 86_400_000;

export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * DAY);

export async function makeUser(opts: { role?: Role; createdAt?: Date; email?: string } = {}) {
  const user = await createUser({
    email: opts.email ?? `admin-test-${++seq}-${Date.now()}@test.dev`,
    password: "test-pass-1",
    role: opts.role,
  });
  if (opts.createdAt) await db.user.update({ where: { id: user.id }, data: { createdAt: opts.createdAt } });
  return user;
}

export async function makeProvider(
  opts: {
    name?: string;
    balance?: bigint | null;
    lastError?: string;
    lowBalanceThreshold?: bigint | null;
  } = {},
) {
  return db.provider.create({
    data: {
      name: opts.name ?? `Provider ${++seq}`,
      apiUrl: "http://127.0.0.1:9/api/v2",
      apiKeyEncrypted: "unused",
      balance: opts.balance ?? null,
      lowBalanceThreshold: opts.lowBalanceThreshold ?? null,
      lastError: opts.lastError ?? null,
    },
  });
}

/** A sellable service: `rate` is the selling rate per 1000, `cost` the provider's. */
export async function makeService(
  providerId: number,
  opts: { rate: bigint; cost: bigint; enabled?: boolean; allowBelowCost?: boolean; name?: string },
) {
  const n = ++seq;
  const category = await db.category.upsert({
    where: { name: "Tests" },
    create: { name: "Tests" },
    update: {},
  });
  const ps = await db.providerService.create({
    data: {
      providerId,
      externalId: String(n),
      name: `PS ${n}`,
      type: "Default",
      category: "Tests",
      rate: opts.cost,
      min: 10,
      max: 100_000,
    },
  });
  return db.service.create({
    data: {
      providerServiceId: ps.id,
      categoryId: category.id,
      name: opts.name ?? `Service ${n}`,
      type: "Default",
      min: 10,
      max: 100_000,
      rate: opts.rate,
      enabled: opts.enabled ?? true,
      allowBelowCost: opts.allowBelowCost ?? false,
    },
  });
}

async function dated<T extends { entryId: number }>(result: T, at?: Date) {
  if (at) await db.ledgerEntry.update({ where: { id: result.entryId }, data: { createdAt: at } });
  return result;
}

export async function deposit(userId: number, amount: bigint, at?: Date) {
  return dated(
    await db.$transaction((tx) =>
      changeBalance(tx, { userId, amount, type: LedgerType.DEPOSIT, note: "test deposit" }),
    ),
    at,
  );
}

/** An order charged through the ledger, with its status, refund and dates set as given. */
export async function makeOrder(opts: {
  userId: number;
  serviceId: number;
  providerId: number;
  charge: bigint;
  cost: bigint;
  quantity?: number;
  status?: OrderStatus;
  remains?: number;
  refund?: bigint;
  dispatchState?: DispatchState;
  at?: Date;
  refundAt?: Date;
}) {
  const order = await db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        userId: opts.userId,
        serviceId: opts.serviceId,
        providerId: opts.providerId,
        link: "https://example.com/p",
        quantity: opts.quantity ?? 1000,
        charge: opts.charge,
        cost: opts.cost,
        status: opts.status ?? OrderStatus.PENDING,
        remains: opts.remains,
        dispatchState: opts.dispatchState ?? DispatchState.SENT,
        createdAt: opts.at,
      },
    });
    const charge = await changeBalance(tx, {
      userId: opts.userId,
      amount: -opts.charge,
      type: LedgerType.ORDER_CHARGE,
      orderId: order.id,
      idempotencyKey: `order:${order.id}:charge`,
    });
    if (opts.at) await tx.ledgerEntry.update({ where: { id: charge.entryId }, data: { createdAt: opts.at } });
    return order;
  });
  if (opts.refund) {
    await dated(
      await db.$transaction(async (tx) => {
        await tx.order.update({ where: { id: order.id }, data: { refunded: opts.refund } });
        return changeBalance(tx, {
          userId: opts.userId,
          amount: opts.refund!,
          type: LedgerType.REFUND,
          orderId: order.id,
          idempotencyKey: `order:${order.id}:refund`,
        });
      }),
      opts.refundAt ?? opts.at,
    );
  }
  return order;
}
