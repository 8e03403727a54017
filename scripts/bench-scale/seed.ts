// The large panel bench:scale measures: orders over ~90 days from customers whose order counts
// follow a long tail (the busiest reseller holds about 1% of all orders), each order with its
// charge row, a refund row when it ended Partial or Canceled, and deposits that top balances up
// before they run dry. Rows are generated in id order and written in bulk in the formats Prisma
// stores (SQLite: ISO text dates, integer money; PostgreSQL: timestamp(3), bigint, enum types).
import Database from "better-sqlite3";
import pg from "pg";

export type OrderRow = {
  id: number;
  userId: number;
  serviceId: number;
  providerId: number;
  link: string;
  quantity: number;
  charge: bigint;
  cost: bigint;
  refunded: bigint;
  status: string;
  startCount: number | null;
  remains: number | null;
  source: string;
  dispatchState: string;
  providerOrderId: string | null;
  reviewReason: string | null;
  statusCheckedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
};

export type LedgerRow = {
  userId: number;
  type: string;
  amount: bigint;
  balanceAfter: bigint;
  orderId: number | null;
  idempotencyKey: string | null;
  createdAt: Date;
};

export type SeedPlan = {
  orders: number;
  userIds: number[];
  services: { id: number; rate: bigint }[];
  providerId: number;
  now: number;
  /** Provider order ids are FIRST_PROVIDER_ORDER_ID + the order's index. */
  firstProviderOrderId: number;
};

export type SeedResult = {
  ledgerRows: number;
  balances: Map<number, { balance: bigint; spent: bigint }>;
  /** The orders the status sync polls: active and sent. */
  active: { providerOrderId: number; link: string; quantity: number; startCount: number }[];
  /** The user with the most orders, and one of their links (for the search). */
  busiest: { userId: number; orders: number; link: string };
  sample: { id: number; link: string };
};

export interface RowWriter {
  orders(rows: OrderRow[]): Promise<void> | void;
  ledger(rows: LedgerRow[]): Promise<void> | void;
  /** Every balance and spent total equal to its ledger, as on a real panel (the reconciliation reads them). */
  balances(rows: Map<number, { balance: bigint; spent: bigint }>): Promise<void> | void;
  finish(): Promise<void> | void;
}

const DAY = 86_400_000;
const SPAN = 90 * DAY;
const BATCH = 5_000;
const QUANTITIES = [100, 250, 500, 1_000, 1_000, 2_000, 5_000, 10_000];
const TOP_UP = 10_000_000n; // units: 100.00 of the panel currency

/** mulberry32: the same panel on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function linkOf(i: number, user: number, r: number): string {
  const code = ((i * 2_654_435_761) % 4_294_967_296).toString(36);
  if (r < 0.45) return `https://www.instagram.com/p/${code}/`;
  if (r < 0.75) return `https://www.tiktok.com/@shop${user}/video/${7_300_000_000_000 + i}`;
  if (r < 0.9) return `https://www.youtube.com/watch?v=${code}${user.toString(36)}`;
  return `https://t.me/channel${user}/${i}`;
}

export async function seedOrders(plan: SeedPlan, writer: RowWriter): Promise<SeedResult> {
  const rand = random(16);
  const users = plan.userIds;
  const balances = new Map(users.map((id) => [id, { balance: 0n, spent: 0n }]));
  const orderCount = new Map<number, number>();
  const active: SeedResult["active"] = [];
  const start = plan.now - SPAN;
  let orders: OrderRow[] = [];
  let ledger: LedgerRow[] = [];
  let ledgerRows = 0;
  let sample = { id: 0, link: "" };
  const busiestLinks = new Map<number, string>();

  const flush = async () => {
    await writer.orders(orders);
    await writer.ledger(ledger);
    ledgerRows += ledger.length;
    orders = [];
    ledger = [];
  };

  for (let i = 0; i < plan.orders; i++) {
    const id = i + 1;
    // Squaring a uniform draw gives the long tail: low indexes order far more than high ones.
    const userId = users[Math.floor(rand() ** 2 * users.length)];
    orderCount.set(userId, (orderCount.get(userId) ?? 0) + 1);
    const service = plan.services[Math.floor(rand() * plan.services.length)];
    const quantity = QUANTITIES[Math.floor(rand() * QUANTITIES.length)];
    const charge = (service.rate * BigInt(quantity)) / 1000n;
    const cost = (charge * 6n) / 10n;
    const createdAt = new Date(start + Math.floor((i / plan.orders) * SPAN));
    const link = linkOf(i, userId, rand());
    const startCount = Math.floor(rand() * 50_000);
    const recent = i >= plan.orders * 0.8;

    // The newest fifth holds the active orders (every other one: a tenth of all orders), a few
    // wait for review or are still queued; the rest ended: mostly Completed.
    let status: string;
    let dispatchState = "SENT";
    let remains: number | null = 0;
    let reviewReason: string | null = null;
    if (recent && i % 2 === 0) {
      const r = rand();
      status = r < 0.7 ? "IN_PROGRESS" : r < 0.85 ? "PROCESSING" : "PENDING";
      remains = status === "PENDING" ? quantity : Math.floor(quantity * rand());
      active.push({ providerOrderId: plan.firstProviderOrderId + i, link, quantity, startCount });
    } else if (i % 2_000 === 1) {
      status = "PENDING";
      dispatchState = "REVIEW";
      remains = null;
      reviewReason = "The provider did not answer the add call (timeout)";
    } else if (recent && i % 1_000 === 3) {
      status = "PENDING";
      dispatchState = "QUEUED";
      remains = null;
    } else {
      const r = rand();
      status = r < 0.85 ? "COMPLETED" : r < 0.91 ? "PARTIAL" : "CANCELED";
      remains =
        status === "PARTIAL" ? 1 + Math.floor((quantity - 1) * rand()) : status === "CANCELED" ? quantity : 0;
    }
    const final = status === "COMPLETED" || status === "PARTIAL" || status === "CANCELED";
    const refunded =
      status === "CANCELED"
        ? charge
        : status === "PARTIAL"
          ? (charge * BigInt(remains ?? 0)) / BigInt(quantity)
          : 0n;
    const completedAt = final
      ? new Date(Math.min(plan.now, createdAt.getTime() + (2 + Math.floor(rand() * 46)) * 3_600_000))
      : null;
    const sent = dispatchState === "SENT";

    const account = balances.get(userId)!;
    if (account.balance < charge) {
      const amount = TOP_UP * (1n + charge / TOP_UP);
      account.balance += amount;
      ledger.push({
        userId,
        type: "DEPOSIT",
        amount,
        balanceAfter: account.balance,
        orderId: null,
        idempotencyKey: null,
        createdAt: new Date(createdAt.getTime() - 60_000),
      });
    }
    account.balance -= charge;
    account.spent += charge;
    ledger.push({
      userId,
      type: "ORDER_CHARGE",
      amount: -charge,
      balanceAfter: account.balance,
      orderId: id,
      idempotencyKey: `order:${id}:charge`,
      createdAt,
    });
    if (refunded > 0n) {
      account.balance += refunded;
      account.spent -= refunded;
      ledger.push({
        userId,
        type: "REFUND",
        amount: refunded,
        balanceAfter: account.balance,
        orderId: id,
        idempotencyKey: `order:${id}:refund`,
        createdAt: completedAt!,
      });
    }

    orders.push({
      id,
      userId,
      serviceId: service.id,
      providerId: plan.providerId,
      link,
      quantity,
      charge,
      cost,
      refunded,
      status,
      startCount: sent ? startCount : null,
      remains,
      source: i % 5 === 0 ? "api" : i % 11 === 0 ? "mass" : "web",
      dispatchState,
      providerOrderId: sent ? String(plan.firstProviderOrderId + i) : null,
      reviewReason,
      statusCheckedAt: sent ? (completedAt ?? new Date(plan.now - Math.floor(rand() * 600_000))) : null,
      completedAt,
      createdAt,
    });
    if (i === Math.floor(plan.orders / 3)) sample = { id, link };
    if (!busiestLinks.has(userId) || i % 97 === 0) busiestLinks.set(userId, link);
    if (orders.length >= BATCH) await flush();
  }
  await flush();
  await writer.balances(balances);
  await writer.finish();

  const [userId, count] = [...orderCount].reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    ledgerRows,
    balances,
    active,
    busiest: { userId, orders: count, link: busiestLinks.get(userId)! },
    sample,
  };
}

// ---------------------------------------------------------------------------------------------
// Writers

const sqliteDate = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);

export function sqliteWriter(file: string): RowWriter {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const insertOrder = sqlite.prepare(
    `INSERT INTO "Order" (id, userId, serviceId, providerId, link, quantity, charge, cost, refunded, status, startCount, remains, source, dispatchState,
       nextDispatchAt, providerOrderId, reviewReason, statusCheckedAt, completedAt, createdAt, updatedAt, providerCost)
     VALUES (@id, @userId, @serviceId, @providerId, @link, @quantity, @charge, @cost, @refunded, @status, @startCount, @remains, @source, @dispatchState,
       @createdAt, @providerOrderId, @reviewReason, @statusCheckedAt, @completedAt, @createdAt, @updatedAt, @cost)`,
  );
  const insertLedger = sqlite.prepare(
    `INSERT INTO "LedgerEntry" (userId, type, amount, balanceAfter, orderId, idempotencyKey, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const orders = sqlite.transaction((rows: OrderRow[]) => {
    for (const o of rows) {
      insertOrder.run({
        ...o,
        statusCheckedAt: sqliteDate(o.statusCheckedAt),
        completedAt: sqliteDate(o.completedAt),
        createdAt: sqliteDate(o.createdAt),
        updatedAt: sqliteDate(o.completedAt ?? o.createdAt),
      });
    }
  });
  const ledger = sqlite.transaction((rows: LedgerRow[]) => {
    for (const l of rows)
      insertLedger.run(
        l.userId,
        l.type,
        l.amount,
        l.balanceAfter,
        l.orderId,
        l.idempotencyKey,
        sqliteDate(l.createdAt),
      );
  });
  const updateUser = sqlite.prepare(`UPDATE "User" SET balance = ?, spent = ? WHERE id = ?`);
  const balances = sqlite.transaction((rows: Map<number, { balance: bigint; spent: bigint }>) => {
    for (const [id, b] of rows) updateUser.run(b.balance, b.spent, id);
  });
  return { orders, ledger, balances, finish: () => void sqlite.close() };
}

// timestamp(3) holds UTC without a zone, as Prisma writes it.
const pgDate = (d: Date | null) => (d ? d.toISOString().slice(0, 23).replace("T", " ") : null);

/** One INSERT ... SELECT FROM unnest(arrays) per batch: a parameter per column, not per value. */
export async function postgresWriter(url: string): Promise<RowWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const column = <T>(rows: T[], pick: (row: T) => unknown) =>
    rows.map((r) => {
      const v = pick(r);
      return typeof v === "bigint" ? v.toString() : v;
    });
  return {
    async orders(rows) {
      await client.query(
        `INSERT INTO "Order" (id, "userId", "serviceId", "providerId", link, quantity, charge, cost, refunded, status, "startCount", remains, source,
           "dispatchState", "nextDispatchAt", "providerOrderId", "reviewReason", "statusCheckedAt", "completedAt", "createdAt", "updatedAt", "providerCost")
         SELECT id, u, s, p, link, q, charge, cost, refunded, status::"OrderStatus", sc, remains, source, ds::"DispatchState", created, poid, rr, checked,
           completed, created, updated, cost
         FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::int[], $7::bigint[], $8::bigint[], $9::bigint[], $10::text[], $11::bigint[],
           $12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::timestamp(3)[], $18::timestamp(3)[], $19::timestamp(3)[], $20::timestamp(3)[])
           AS t(id, u, s, p, link, q, charge, cost, refunded, status, sc, remains, source, ds, poid, rr, checked, completed, created, updated)`,
        [
          column(rows, (o) => o.id),
          column(rows, (o) => o.userId),
          column(rows, (o) => o.serviceId),
          column(rows, (o) => o.providerId),
          column(rows, (o) => o.link),
          column(rows, (o) => o.quantity),
          column(rows, (o) => o.charge),
          column(rows, (o) => o.cost),
          column(rows, (o) => o.refunded),
          column(rows, (o) => o.status),
          column(rows, (o) => o.startCount),
          column(rows, (o) => o.remains),
          column(rows, (o) => o.source),
          column(rows, (o) => o.dispatchState),
          column(rows, (o) => o.providerOrderId),
          column(rows, (o) => o.reviewReason),
          column(rows, (o) => pgDate(o.statusCheckedAt)),
          column(rows, (o) => pgDate(o.completedAt)),
          column(rows, (o) => pgDate(o.createdAt)),
          column(rows, (o) => pgDate(o.completedAt ?? o.createdAt)),
        ],
      );
    },
    async ledger(rows) {
      await client.query(
        `INSERT INTO "LedgerEntry" ("userId", type, amount, "balanceAfter", "orderId", "idempotencyKey", "createdAt")
         SELECT u, type::"LedgerType", amount, after, oid, ikey, created
         FROM unnest($1::int[], $2::text[], $3::bigint[], $4::bigint[], $5::int[], $6::text[], $7::timestamp(3)[]) AS t(u, type, amount, after, oid, ikey, created)`,
        [
          column(rows, (l) => l.userId),
          column(rows, (l) => l.type),
          column(rows, (l) => l.amount),
          column(rows, (l) => l.balanceAfter),
          column(rows, (l) => l.orderId),
          column(rows, (l) => l.idempotencyKey),
          column(rows, (l) => pgDate(l.createdAt)),
        ],
      );
    },
    async balances(rows) {
      const list = [...rows];
      await client.query(
        `UPDATE "User" SET balance = t.balance, spent = t.spent FROM unnest($1::int[], $2::bigint[], $3::bigint[]) AS t(id, balance, spent) WHERE "User".id = t.id`,
        [
          list.map(([id]) => id),
          list.map(([, b]) => b.balance.toString()),
          list.map(([, b]) => b.spent.toString()),
        ],
      );
    },
    async finish() {
      // Explicit ids leave the sequence behind; orders placed later must not collide.
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"Order"', 'id'), (SELECT MAX(id) FROM "Order"))`,
      );
      await client.end();
    },
  };
}
