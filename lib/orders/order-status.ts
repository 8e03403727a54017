// Live status of a customer's orders, for the orders page poll and the reseller API `status`.
import type { OrderStatus } from "../db";
import { directRead } from "../db/direct-read";
import { directStatement, inList } from "../db/statement";

// Until the provider reports, nothing is delivered: remains is the whole quantity, as standard panels show.
export type OrderStatusView = {
  charge: bigint;
  startCount: bigint | null;
  status: OrderStatus;
  remains: number;
};

const STATUSES = directStatement(
  "order-statuses",
  `SELECT id, charge, "startCount", status, remains, quantity FROM "Order" WHERE "userId" = $1 AND id ${inList(2, "bigint")}`,
);

/**
 * One entry per asked id; null when the id is unknown or not this user's. Resellers poll this
 * all day (up to 100 ids a call), so it is one prepared statement on the driver
 * (lib/db/direct-read.ts): Prisma's query building cost as much as the read itself.
 */
export async function getOrderStatuses(
  userId: number,
  orderIds: readonly number[],
): Promise<Map<number, OrderStatusView | null>> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0))];
  const rows = ids.length ? await directRead(STATUSES, [userId, ids]) : [];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return new Map(
    orderIds.map((id) => {
      const row = byId.get(id);
      if (!row) return [id, null];
      const view: OrderStatusView = {
        charge: BigInt(row.charge as bigint),
        startCount: row.startCount === null ? null : BigInt(row.startCount as bigint),
        status: row.status as OrderStatus,
        remains: Number(row.remains ?? row.quantity),
      };
      return [id, view];
    }),
  );
}
