// Payment requests: the admin's review queue (filter by status) and a customer's own requests.
import { db, type PaymentStatus } from "../db";

export const PAYMENTS_PAGE_SIZE = 25;

export async function listPayments(query: { status?: PaymentStatus; page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? PAYMENTS_PAGE_SIZE;
  const page = Math.max(1, query.page ?? 1);
  const where = query.status ? { status: query.status } : {};
  const [rows, total, pending] = await Promise.all([
    db.paymentRequest.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        amount: true,
        method: true,
        reference: true,
        status: true,
        reason: true,
        reviewedById: true,
        reviewedAt: true,
        createdAt: true,
        user: { select: { id: true, email: true } },
      },
    }),
    db.paymentRequest.count({ where }),
    db.paymentRequest.count({ where: { status: "PENDING" } }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pending };
}

/** The customer's own requests, newest first: only ever rows of `userId`. */
export async function listMyPayments(userId: number, page = 1, pageSize = 10) {
  const where = { userId };
  const [rows, total] = await Promise.all([
    db.paymentRequest.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        amount: true,
        method: true,
        reference: true,
        status: true,
        reason: true,
        createdAt: true,
        reviewedAt: true,
      },
    }),
    db.paymentRequest.count({ where }),
  ]);
  return { rows, total, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
