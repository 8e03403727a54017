// Live status of a customer's orders, for the orders page poll and the reseller API `status`.
import { db, type OrderStatus } from "../db";

// Until the provider reports, nothing is delivered: remains is the whole quantity, as standard panels show.
export type OrderStatusView = { charge: bigint; startCount: bigint | null; status: OrderStatus; remains: number };

/** One entry per asked id; null when the id is unknown or not this user's. */
export async function getOrderStatuses(userId: number, orderIds: readonly number[]): Promise<Map<number, OrderStatusView | null>> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0))];
  const rows = ids.length
    ? await db.order.findMany({
        where: { userId, id: { in: ids } },
        select: { id: true, charge: true, startCount: true, status: true, remains: true, quantity: true },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    orderIds.map((id) => {
      const row = byId.get(id);
      return [id, row ? { charge: row.charge, startCount: row.startCount, status: row.status, remains: row.remains ?? row.quantity } : null];
    }),
  );
}
