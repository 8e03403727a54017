// Deposits for the admin (filters: status, gateway, customer email or memo code) and for the
// customer (their own only), plus one deposit with its transfers and gateway exchanges.
import { db, type DepositStatus } from "../db";
import { NotFoundError } from "../errors";

export const DEPOSITS_PAGE_SIZE = 25;

export type DepositQuery = { status?: DepositStatus; gateway?: string; q?: string; page?: number };

export async function listDeposits(query: DepositQuery) {
  const page = Math.max(1, query.page ?? 1);
  const q = query.q?.trim();
  const where = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.gateway ? { gateway: query.gateway } : {}),
    ...(q ? { OR: [{ code: q.toUpperCase() }, { user: { email: { contains: q.toLowerCase() } } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.deposit.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * DEPOSITS_PAGE_SIZE,
      take: DEPOSITS_PAGE_SIZE,
      include: { user: { select: { id: true, email: true } } },
    }),
    db.deposit.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DEPOSITS_PAGE_SIZE)) };
}

export async function getDepositDetail(id: number) {
  const deposit = await db.deposit.findUnique({
    where: { id },
    include: {
      user: { select: { id: true, email: true, name: true } },
      coupon: { select: { code: true } },
      transfers: { orderBy: { id: "asc" } },
      exchanges: { orderBy: { id: "asc" }, take: 200 },
    },
  });
  if (!deposit) throw new NotFoundError("Deposit not found");
  return deposit;
}

export function listMyDeposits(userId: number, take = 10) {
  return db.deposit.findMany({ where: { userId }, orderBy: { id: "desc" }, take });
}

/** What the Add funds page polls: the customer's own deposit and balance, nothing else. */
export async function getMyDepositStatus(userId: number, depositId: number) {
  const deposit = await db.deposit.findFirst({
    where: { id: depositId, userId },
    select: { id: true, status: true, credited: true, amount: true },
  });
  if (!deposit) throw new NotFoundError("Deposit not found");
  const { balance } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  return { ...deposit, balance };
}
