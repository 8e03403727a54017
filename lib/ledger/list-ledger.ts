// The transaction history of one user: ledger rows newest first, paged on the (userId, id) index.
import { db } from "../db";

export const LEDGER_PAGE_SIZE = 25;

export async function listLedger(query: { userId: number; page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? LEDGER_PAGE_SIZE;
  const page = query.page ?? 1;
  const where = { userId: query.userId };
  const [rows, total] = await Promise.all([
    db.ledgerEntry.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        type: true,
        amount: true,
        balanceAfter: true,
        orderId: true,
        paymentId: true,
        note: true,
      },
    }),
    db.ledgerEntry.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export type LedgerRow = Awaited<ReturnType<typeof listLedger>>["rows"][number];
