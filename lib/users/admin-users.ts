// The admin's views of users: a searchable, sortable list and one user's detail (profile,
// ledger, orders, API key status, custom prices).
import { db, Prisma, type Role, type UserStatus } from "../db";
import type { UserSort } from "./admin-user-input";

export const USERS_PAGE_SIZE = 25;

/** How a confirmation names a customer: "Name (email)", or the email alone. */
export const customerLabel = (user: { name: string | null; email: string }) =>
  user.name ? `${user.name} (${user.email})` : user.email;

export type UserListQuery = {
  q?: string;
  role?: Role;
  status?: UserStatus;
  sort?: UserSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

const sortColumn: Record<UserSort, keyof Prisma.UserOrderByWithRelationInput> = {
  created: "createdAt",
  balance: "balance",
  spent: "spent",
  lastLogin: "lastLoginAt",
};

function searchWhere(q: string | undefined): Prisma.UserWhereInput | undefined {
  if (!q) return undefined;
  const text = q.trim().toLowerCase();
  const id = /^#?\d{1,10}$/.test(text) ? Number(text.replace("#", "")) : NaN;
  const byEmail = { email: { contains: text } };
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? { OR: [{ id }, byEmail] } : byEmail;
}

export async function listUsers(query: UserListQuery) {
  const pageSize = query.pageSize ?? USERS_PAGE_SIZE;
  const page = Math.max(1, query.page ?? 1);
  const and: Prisma.UserWhereInput[] = [];
  const search = searchWhere(query.q);
  if (search) and.push(search);
  if (query.role) and.push({ role: query.role });
  if (query.status) and.push({ status: query.status });
  const where: Prisma.UserWhereInput = and.length ? { AND: and } : {};
  const column = sortColumn[query.sort ?? "created"];
  const dir = query.dir ?? "desc";
  const orderBy: Prisma.UserOrderByWithRelationInput[] = [
    column === "lastLoginAt" ? { lastLoginAt: { sort: dir, nulls: "last" } } : { [column]: dir },
    { id: dir },
  ];
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        email: true,
        role: true,
        status: true,
        balance: true,
        spent: true,
        lastLoginAt: true,
        createdAt: true,
      },
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

export async function getUserDetail(id: number) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      balance: true,
      spent: true,
      apiAccess: true,
      lastLoginAt: true,
      createdAt: true,
      apiKey: { select: { prefix: true, createdAt: true, lastUsedAt: true } },
      twoFactor: { select: { enabledAt: true } },
      _count: { select: { orders: true, ledger: true } },
    },
  });
  if (!user) return null;
  const [ledger, orders, prices] = await Promise.all([
    db.ledgerEntry.findMany({
      where: { userId: id },
      orderBy: { id: "desc" },
      take: 20,
      select: {
        id: true,
        createdAt: true,
        type: true,
        amount: true,
        balanceAfter: true,
        orderId: true,
        paymentId: true,
        adminId: true,
        note: true,
      },
    }),
    db.order.findMany({
      where: { userId: id },
      orderBy: { id: "desc" },
      take: 10,
      select: {
        id: true,
        createdAt: true,
        quantity: true,
        charge: true,
        refunded: true,
        status: true,
        service: { select: { id: true, name: true } },
      },
    }),
    db.userServicePrice.findMany({
      where: { userId: id },
      orderBy: { id: "asc" },
      select: {
        id: true,
        serviceId: true,
        rate: true,
        discountBps: true,
        service: { select: { name: true, rate: true, type: true } },
      },
    }),
  ]);
  return {
    ...user,
    ledger,
    orders,
    discountBps: prices.find((p) => p.serviceId === null)?.discountBps ?? null,
    serviceRates: prices.filter((p) => p.serviceId !== null),
  };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** Services to pick from for a per-user rate. */
export async function listServicesForPricing() {
  return db.service.findMany({
    orderBy: [{ categoryId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, rate: true, type: true },
  });
}
