// Order views: the customer's orders page (status tabs with counts, search, pagination), the
// live status poll, the refills page and the admin orders list and detail. Every customer
// query is scoped by userId first, so it rides the (userId, status, id) index and never shows
// another customer's orders.
import { db, DispatchState, OrderStatus, Prisma, RefillStatus } from "../db";
import { formatCurrency, formatDateTime } from "../format";
import { enumParam, firstParam, idParam, type SearchParams } from "../http/url-filters";
import { scrubAddresses } from "../providers/scrub-addresses";
import type { Settings } from "../settings/schema";
import { getSettings } from "../settings/settings";
import { canRefill } from "./refill";
import { LINK_SEARCH_CAP, searchOrderIdsByLink } from "./search-links";
import { stuckOrderWhere } from "./stuck-orders";
import { isFinalStatus } from "./status-names";

export const PAGE_SIZE = 20;

/** The tabs of the orders page, in display order; "all" is every status. */
export const ORDER_TABS = [
  "all",
  "pending",
  "in_progress",
  "processing",
  "completed",
  "partial",
  "canceled",
] as const;
export type OrderTab = (typeof ORDER_TABS)[number];

const TAB_STATUS: Record<Exclude<OrderTab, "all">, OrderStatus> = {
  pending: OrderStatus.PENDING,
  in_progress: OrderStatus.IN_PROGRESS,
  processing: OrderStatus.PROCESSING,
  completed: OrderStatus.COMPLETED,
  partial: OrderStatus.PARTIAL,
  canceled: OrderStatus.CANCELED,
};

export function statusOfTab(tab: OrderTab): OrderStatus | undefined {
  return tab === "all" ? undefined : TAB_STATUS[tab];
}

export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

function paged<T>(rows: T[], total: number, page: number, pageSize: number): Paged<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * The orders search box: "#123" is order 123 only; plain digits are that order or any order whose
 * link contains them; anything else is part of a link. Customer and admin lists read it alike.
 */
export function parseOrderSearch(
  search: string | undefined,
): { text: string; id: number | null; byLink: boolean } | undefined {
  const text = search?.trim().slice(0, 200);
  if (!text) return undefined;
  const idText = text.replace(/^#/, "");
  const id = /^\d{1,10}$/.test(idText) && Number(idText) <= 2_147_483_647 ? Number(idText) : null;
  return { text, id, byLink: !(id !== null && text.startsWith("#")) };
}

/** The customer's search: their own orders only, so a LIKE over them rides the (userId, id, link) index. */
function customerSearchWhere(search: string | undefined): Prisma.OrderWhereInput | undefined {
  const parsed = parseOrderSearch(search);
  if (!parsed) return undefined;
  const byLink: Prisma.OrderWhereInput = { link: { contains: parsed.text } };
  if (!parsed.byLink) return { id: parsed.id! };
  return parsed.id !== null ? { OR: [{ id: parsed.id }, byLink] } : byLink;
}

const customerOrderSelect = {
  id: true,
  createdAt: true,
  link: true,
  quantity: true,
  charge: true,
  refunded: true,
  startCount: true,
  remains: true,
  status: true,
  lastError: true,
  dispatchState: true,
  completedAt: true,
  providerOrderId: true,
  serviceId: true,
  service: {
    select: {
      name: true,
      refillDays: true,
      providerService: { select: { refill: true, cancel: true } },
    },
  },
  refills: { select: { id: true, status: true }, orderBy: { id: "desc" }, take: 1 },
} satisfies Prisma.OrderSelect;

type CustomerOrderRecord = Prisma.OrderGetPayload<{ select: typeof customerOrderSelect }>;

export type CustomerOrder = ReturnType<typeof toCustomerOrder>;

const OPEN_REFILL: readonly RefillStatus[] = [RefillStatus.PENDING, RefillStatus.IN_PROGRESS];

function toCustomerOrder(o: CustomerOrderRecord, now = new Date()) {
  const lastRefill = o.refills[0] ?? null;
  const service = { refill: o.service.providerService.refill, refillDays: o.service.refillDays };
  return {
    id: o.id,
    createdAt: o.createdAt,
    link: o.link,
    quantity: o.quantity,
    charge: o.charge,
    refunded: o.refunded,
    startCount: o.startCount,
    remains: o.remains,
    status: o.status,
    /** Why the provider refused it (shown to the customer only for canceled orders). */
    reason: o.status === OrderStatus.CANCELED && o.lastError ? scrubAddresses(o.lastError) : null,
    serviceId: o.serviceId,
    serviceName: o.service.name,
    lastRefill,
    // The buttons follow the same rules the refill and cancel functions enforce.
    canRefill: canRefill(o, service, now).ok && !(lastRefill && OPEN_REFILL.includes(lastRefill.status)),
    canCancel: o.service.providerService.cancel && !isFinalStatus(o.status),
  };
}

/** An order as the orders page and its live poll show it: plain JSON, money formatted. */
export function toOrderView(
  order: CustomerOrder,
  settings: Pick<Settings, "currencySymbol" | "displayDecimals">,
  locale?: string,
) {
  return {
    id: order.id,
    createdAt: formatDateTime(order.createdAt, locale),
    link: order.link,
    quantity: order.quantity,
    charge: formatCurrency(order.charge, settings, locale),
    refunded: order.refunded > 0n ? formatCurrency(order.refunded, settings, locale) : null,
    // Stored as 64-bit; a count always fits a JS number exactly (read through toCount).
    startCount: order.startCount === null ? null : Number(order.startCount),
    remains: order.remains,
    status: order.status,
    final: isFinalStatus(order.status),
    reason: order.reason,
    serviceId: order.serviceId,
    serviceName: order.serviceName,
    refillStatus: order.lastRefill?.status ?? null,
    canRefill: order.canRefill,
    canCancel: order.canCancel,
  };
}

export type OrderView = ReturnType<typeof toOrderView>;

export type StatusCounts = Record<OrderTab, number>;

/** Orders of one user per status tab, from one grouped query on the (userId, status) index. */
export async function countOrdersByStatus(userId: number): Promise<StatusCounts> {
  return countByStatus({ userId });
}

/** The tab counts of the orders matching `where` (customer and admin lists alike). */
async function countByStatus(where: Prisma.OrderWhereInput): Promise<StatusCounts> {
  const groups = await db.order.groupBy({ by: ["status"], where, _count: { _all: true } });
  const counts = Object.fromEntries(ORDER_TABS.map((tab) => [tab, 0])) as StatusCounts;
  for (const group of groups) {
    const tab = ORDER_TABS.find((t) => t !== "all" && TAB_STATUS[t] === group.status);
    if (tab) counts[tab] = group._count._all;
    counts.all += group._count._all;
  }
  return counts;
}

export type CustomerOrdersQuery = {
  userId: number;
  tab?: OrderTab;
  search?: string;
  page?: number;
  pageSize?: number;
};

/** The customer's orders page: one page of orders (newest first) and the counts of every tab. */
export async function listCustomerOrders(
  query: CustomerOrdersQuery,
): Promise<Paged<CustomerOrder> & { counts: StatusCounts }> {
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const page = query.page ?? 1;
  const status = statusOfTab(query.tab ?? "all");
  const search = customerSearchWhere(query.search);
  const where: Prisma.OrderWhereInput = {
    userId: query.userId,
    ...(status ? { status } : {}),
    ...(search ? { AND: [search] } : {}),
  };
  const [rows, total, counts] = await Promise.all([
    db.order.findMany({
      where,
      select: customerOrderSelect,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.order.count({ where }),
    countOrdersByStatus(query.userId),
  ]);
  return {
    ...paged(
      rows.map((row) => toCustomerOrder(row)),
      total,
      page,
      pageSize,
    ),
    counts,
  };
}

/** The live poll: current state of some of the caller's own orders (ids of other users are ignored). */
export async function getCustomerOrdersByIds(userId: number, orderIds: number[]): Promise<CustomerOrder[]> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0))].slice(0, 100);
  if (ids.length === 0) return [];
  const rows = await db.order.findMany({
    where: { userId, id: { in: ids } },
    select: customerOrderSelect,
    orderBy: { id: "desc" },
  });
  return rows.map((row) => toCustomerOrder(row));
}

export type RefillRow = Awaited<ReturnType<typeof listCustomerRefills>>["rows"][number];

/** The refills page: the caller's refill requests, newest first. */
export async function listCustomerRefills(query: { userId: number; page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const page = query.page ?? 1;
  const where = { userId: query.userId };
  const [rows, total] = await Promise.all([
    db.refill.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        orderId: true,
        order: { select: { link: true, quantity: true, service: { select: { name: true } } } },
      },
    }),
    db.refill.count({ where }),
  ]);
  return paged(
    rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      orderId: r.orderId,
      link: r.order.link,
      quantity: r.order.quantity,
      serviceName: r.order.service.name,
    })),
    total,
    page,
    pageSize,
  );
}

// ---------------------------------------------------------------------------------------------
// Admin

export type AdminOrderFilters = {
  status?: OrderStatus;
  /** A user id, or part of an email. */
  user?: string;
  serviceId?: number;
  providerId?: number;
  /** "review": orders waiting for an admin decision (uncertain dispatch); "stuck": queued too long. */
  state?: "review" | "stuck";
  search?: string;
};

/** Filters from the admin list's URL; unknown values are dropped rather than failing the page. */
export function parseAdminOrderFilters(params: SearchParams): AdminOrderFilters {
  const status = firstParam(params, "status", 20)?.toUpperCase();
  return {
    status: status && status in OrderStatus ? (status as OrderStatus) : undefined,
    user: firstParam(params, "user", 254),
    serviceId: idParam(params, "service"),
    providerId: idParam(params, "provider"),
    state: enumParam(params, "state", ["review", "stuck"] as const),
    search: firstParam(params, "q"),
  };
}

/**
 * The admin's search over every order: the ids of the matching links come from the trigram index
 * (lib/orders/search-links.ts), at most LINK_SEARCH_CAP of them, the newest; `capped` says more matched.
 */
async function adminSearchWhere(
  search: string | undefined,
): Promise<{ where?: Prisma.OrderWhereInput; capped: boolean }> {
  const parsed = parseOrderSearch(search);
  if (!parsed) return { capped: false };
  if (!parsed.byLink) return { where: { id: parsed.id! }, capped: false };
  const links = await searchOrderIdsByLink(parsed.text);
  const byLink: Prisma.OrderWhereInput = { id: { in: links.ids } };
  return { where: parsed.id !== null ? { OR: [{ id: parsed.id }, byLink] } : byLink, capped: links.capped };
}

async function adminWhere(
  f: AdminOrderFilters,
  search: Prisma.OrderWhereInput | undefined,
): Promise<Prisma.OrderWhereInput> {
  const and: Prisma.OrderWhereInput[] = [];
  if (f.state === "stuck") and.push(stuckOrderWhere(await getSettings()));
  if (f.status) and.push({ status: f.status });
  if (f.serviceId) and.push({ serviceId: f.serviceId });
  if (f.providerId) and.push({ providerId: f.providerId });
  if (f.state === "review") and.push({ dispatchState: DispatchState.REVIEW });
  if (f.user) {
    const id = idParam({ user: f.user }, "user");
    and.push(id ? { userId: id } : { user: { email: { contains: f.user.toLowerCase() } } });
  }
  if (search) and.push(search);
  return and.length ? { AND: and } : {};
}

export async function listAdminOrders(filters: AdminOrderFilters, page = 1, pageSize = 25) {
  const search = await adminSearchWhere(filters.search);
  const where = await adminWhere(filters, search.where);
  const [rows, total, reviewCount, counts] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        link: true,
        quantity: true,
        charge: true,
        cost: true,
        refunded: true,
        status: true,
        remains: true,
        dispatchState: true,
        providerOrderId: true,
        reviewReason: true,
        lastError: true,
        source: true,
        user: { select: { id: true, email: true } },
        service: { select: { id: true, name: true } },
        provider: { select: { id: true, name: true } },
      },
    }),
    db.order.count({ where }),
    db.order.count({ where: { dispatchState: DispatchState.REVIEW } }),
    // The status tabs count the other filters' matches, whatever status is picked.
    adminWhere({ ...filters, status: undefined }, search.where).then(countByStatus),
  ]);
  /** Only the newest LINK_SEARCH_CAP link matches are listed and counted: the page asks to narrow the search. */
  const searchCapped = search.capped ? LINK_SEARCH_CAP : null;
  return { ...paged(rows, total, page, pageSize), reviewCount, counts, searchCapped };
}

export type AdminOrderRow = Awaited<ReturnType<typeof listAdminOrders>>["rows"][number];

/** Services and providers for the admin filter menus. */
export async function listOrderFilterOptions() {
  const [services, providers] = await Promise.all([
    db.service.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.provider.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  return { services, providers };
}

/** One order for the admin: the customer, the money, the provider exchange log and the ledger. */
export async function getAdminOrderDetail(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const order = await db.order.findUnique({
    where: { id },
    include: {
      user: { select: { id: true, email: true, balance: true, status: true } },
      service: { select: { id: true, name: true, type: true } },
      provider: { select: { id: true, name: true } },
      refills: { orderBy: { id: "desc" } },
    },
  });
  if (!order) return null;
  const [exchanges, ledger] = await Promise.all([
    db.providerExchange.findMany({ where: { orderId: id }, orderBy: { id: "desc" }, take: 200 }),
    db.ledgerEntry.findMany({ where: { orderId: id }, orderBy: { id: "asc" } }),
  ]);
  return { ...order, exchanges, ledger };
}

export type AdminOrderDetail = NonNullable<Awaited<ReturnType<typeof getAdminOrderDetail>>>;

/** Which admin actions fit the order's current state (the backend re-checks each one). */
export function adminActionsFor(order: {
  status: OrderStatus;
  dispatchState: DispatchState;
  refunded: bigint;
}) {
  const active = !isFinalStatus(order.status);
  const sending = order.dispatchState === DispatchState.SENDING;
  const inReview = order.dispatchState === DispatchState.REVIEW;
  return {
    inReview,
    // Never sent (review or still queued): resending cannot duplicate an order the provider has.
    canResend:
      (inReview || order.dispatchState === DispatchState.QUEUED) && order.status === OrderStatus.PENDING,
    canAttach: inReview && active,
    canCancel: active && !sending,
    // The provider accepted it: the admin can ask it to cancel; a refund without that keeps the cost.
    providerHasIt: active && order.dispatchState === DispatchState.SENT,
    canPartial: (active || order.status === OrderStatus.COMPLETED) && !sending && order.refunded === 0n,
    canComplete: active && !sending,
    canEditStartCount: true,
  };
}
