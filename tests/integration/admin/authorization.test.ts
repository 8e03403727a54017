// Authorization matrix. Discovered at test time, so what other engineers add is covered too:
// - every exported server action of every lib/actions/admin/*.ts, called as an anonymous
//   visitor and as a customer, is refused (ok:false or ForbiddenError) and changes nothing;
// - every admin page and layout (app/admin/**/{page,layout}.tsx) sends anonymous visitors to
//   sign in and answers 404 (notFound) to customers;
// - admin route handlers (app/admin/**/route.ts), if any, refuse both;
// - a customer never sees another customer's orders, refills, ledger or payments through the
//   customer-facing queries, and no customer action changes another customer's data.
// Only the framework's request context is replaced (next-auth's session, next/headers,
// next/cache); the database is the file's real one.
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { globSync } from "tinyglobby";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, DispatchState, OrderStatus, Prisma, RefillStatus, Role, type Db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { stampClientIp } from "@/lib/http/client-ip";
import { issueApiKey } from "@/lib/reseller-api/api-keys";
import { deposit, makeOrder, makeProvider, makeService, makeUser } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { uid: number; sv: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock("next/headers", () => ({
  // As scripts/serve.ts hands the socket address to the app.
  headers: async () => {
    const req = { headers: {}, socket: { remoteAddress: "10.66.0.1" } } as unknown as IncomingMessage;
    stampClientIp(req, null);
    return new Headers(req.headers as Record<string, string>);
  },
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
// Pages read their texts from the English catalog, as in a request without a language choice.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const root = path.resolve(import.meta.dirname, "../../..");
const find = (pattern: string) => globSync(pattern, { cwd: root }).sort();
const load = (file: string) =>
  import(/* @vite-ignore */ path.join(root, file)) as Promise<Record<string, unknown>>;

type Ids = {
  victim: number;
  attacker: number;
  admin: number;
  otherOrder: number;
  provider: number;
  service: number;
  payment: number;
};
let ids: Ids;

const asAnonymous = () => void (session.current = null);
const asUser = (id: number) => void (session.current = { uid: id, sv: 0 });
afterEach(asAnonymous);

beforeAll(async () => {
  // The victim's rows are created first so that id 1 names a real user, provider, service,
  // order and payment: the generic calls below then target rows that exist.
  const victim = await makeUser({ email: "victim@test.dev" });
  const provider = await makeProvider({ name: "Victim provider", balance: 1_000_000n });
  const service = await makeService(provider.id, { rate: 1_000_000n, cost: 500_000n });
  await deposit(victim.id, 50_000_000n);
  const order = await makeOrder({
    userId: victim.id,
    serviceId: service.id,
    providerId: provider.id,
    charge: 1_000_000n,
    cost: 500_000n,
    status: OrderStatus.PENDING,
    dispatchState: DispatchState.REVIEW,
  });
  const completed = await makeOrder({
    userId: victim.id,
    serviceId: service.id,
    providerId: provider.id,
    charge: 2_000_000n,
    cost: 1_000_000n,
    status: OrderStatus.COMPLETED,
  });
  await db.refill.create({
    data: { orderId: completed.id, userId: victim.id, status: RefillStatus.PENDING },
  });
  const payment = await db.paymentRequest.create({
    data: { userId: victim.id, amount: 1_000_000n, method: "Bank transfer", reference: "victim's wire" },
  });
  await db.userServicePrice.create({ data: { userId: victim.id, serviceId: null, discountBps: 500 } });
  await issueApiKey(victim.id);
  const { openTicket } = await import("@/lib/tickets/customer-tickets");
  await openTicket(victim.id, {
    subject: "Victim's ticket",
    kind: "ORDER",
    orderIds: [order.id],
    message: "Private message",
  });
  const attacker = await makeUser({ email: "attacker@test.dev" });
  await deposit(attacker.id, 10_000_000n);
  const admin = await makeUser({ role: Role.ADMIN, email: "boss@test.dev" });
  ids = {
    victim: victim.id,
    attacker: attacker.id,
    admin: admin.id,
    otherOrder: order.id,
    provider: provider.id,
    service: service.id,
    payment: payment.id,
  };
  expect([victim.id, provider.id, service.id, order.id, payment.id]).toEqual([1, 1, 1, 1, 1]);
});

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** Row counts of every table, and the state of the rows an attack would change. */
async function snapshot() {
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const key = (model.charAt(0).toLowerCase() + model.slice(1)) as keyof Db;
    counts[model] = await (db[key] as unknown as { count(): Promise<number> }).count();
  }
  const [users, settings, providers, services, categories, orders, payments, prices, keys] =
    await Promise.all([
      db.user.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          email: true,
          role: true,
          status: true,
          balance: true,
          spent: true,
          sessionVersion: true,
          apiAccess: true,
          passwordHash: true,
        },
      }),
      db.setting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } }),
      db.provider.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          apiUrl: true,
          apiKeyEncrypted: true,
          status: true,
          lowBalanceThreshold: true,
        },
      }),
      db.service.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          rate: true,
          enabled: true,
          markupPercent: true,
          markupFixed: true,
          manualRate: true,
          allowBelowCost: true,
          categoryId: true,
          min: true,
          max: true,
        },
      }),
      db.category.findMany({ orderBy: { id: "asc" } }),
      db.order.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          status: true,
          refunded: true,
          remains: true,
          dispatchState: true,
          providerOrderId: true,
        },
      }),
      db.paymentRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
      db.userServicePrice.findMany({ orderBy: { id: "asc" } }),
      db.apiKey.findMany({ orderBy: { id: "asc" }, select: { userId: true, hash: true } }),
    ]);
  return json({ counts, users, settings, providers, services, categories, orders, payments, prices, keys });
}

const payload = {
  direction: "credit",
  amount: "10",
  reason: "authorization probe",
  role: "ADMIN",
  percent: "50",
  rate: "0.01",
  serviceId: 1,
  serviceIds: [1],
  ids: [1],
  orderId: 1,
  userId: 1,
  id: 1,
  name: "Probe",
  apiUrl: "http://127.0.0.1:9/api/v2",
  apiKey: "probe-key",
  status: "DISABLED",
  enabled: false,
  panelName: "Hacked",
  signupOpen: false,
  markupPercent: "1",
  providerOrderId: "999",
  remains: "0",
  categoryId: 1,
};
function formData() {
  const fd = new FormData();
  for (const [k, v] of Object.entries(payload)) fd.set(k, String(v));
  return fd;
}
const argShapes = (): unknown[][] => [
  [1, payload, payload],
  [1, true],
  [1, "ADMIN"],
  [[1], payload],
  [payload],
  [undefined, formData()],
  [],
];

const isNextHttpError = (e: unknown) =>
  e instanceof Error &&
  "digest" in e &&
  /^NEXT_(HTTP_ERROR_FALLBACK;40[34]|REDIRECT)/.test(String((e as { digest: unknown }).digest));

/** Calls an action; returns a description of what went wrong, or null when it was refused. */
async function refusal(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string | null> {
  try {
    const result = (await fn(...args)) as { ok?: boolean; error?: string } | undefined;
    if (result && result.ok === false) return null;
    return `answered ${json(result)}`;
  } catch (error) {
    if (error instanceof ForbiddenError || isNextHttpError(error)) return null;
    return `threw ${String(error)}`;
  }
}

describe("admin server actions", () => {
  const files = find("lib/actions/admin/*.ts");

  it("are discovered", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "lib/actions/admin/users.ts",
        "lib/actions/admin/settings.ts",
        "lib/actions/admin/payments.ts",
        "lib/actions/admin/providers.ts",
        "lib/actions/admin/tickets.ts",
        "lib/actions/admin/announcements.ts",
      ]),
    );
  });

  it.each(files)(
    "%s: every action refuses anonymous and customer callers and changes nothing",
    async (file) => {
      const mod = await load(file);
      const actions = Object.entries(mod).filter(
        (entry): entry is [string, (...a: unknown[]) => unknown] => typeof entry[1] === "function",
      );
      expect(actions.length).toBeGreaterThan(0);
      const before = await snapshot();
      const problems: string[] = [];
      for (const [name, fn] of actions) {
        for (const [who, become] of [
          ["anonymous", asAnonymous],
          ["customer", () => asUser(ids.attacker)],
        ] as const) {
          for (const args of argShapes()) {
            become();
            const problem = await refusal(fn, args);
            if (problem) problems.push(`${name} as ${who} with ${args.length} args ${problem}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(await snapshot()).toBe(before);
    },
  );

  it("lets an admin through with the same request context (the refusals above are about the role)", async () => {
    const { setUserSuspendedAction } = await import("@/lib/actions/admin/users");
    asUser(ids.attacker);
    expect(await setUserSuspendedAction(ids.victim, true)).toEqual({
      ok: false,
      error: "You are not allowed to do this",
    });
    asUser(ids.admin);
    expect(await setUserSuspendedAction(ids.victim, true)).toEqual({ ok: true, data: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.victim } })).status).toBe("SUSPENDED");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.suspend" } });
    expect(audit).toMatchObject({ actorId: ids.admin, ip: "10.66.0.1" });
    await setUserSuspendedAction(ids.victim, false);
  });
});

describe("admin pages and route handlers", () => {
  const pages = find("app/admin/**/{page,layout}.tsx");
  const props = { params: Promise.resolve({ id: "1" }), searchParams: Promise.resolve({}), children: null };

  it("are discovered", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "app/admin/page.tsx",
        "app/admin/layout.tsx",
        "app/admin/users/page.tsx",
        "app/admin/users/[id]/page.tsx",
      ]),
    );
  });

  it.each(pages)("%s sends anonymous callers to sign in and answers 404 to customers", async (file) => {
    const Page = (await load(file)).default as (p: typeof props) => Promise<unknown>;
    const digest = async () => {
      const error = await Promise.resolve()
        .then(() => Page(props))
        .then(
          () => null,
          (e: unknown) => e,
        );
      return error && typeof error === "object" && "digest" in error ? String(error.digest) : error;
    };
    asAnonymous();
    expect(await digest()).toMatch(/^NEXT_REDIRECT;\w+;\/login\?next=%2Fadmin;/);
    asUser(ids.attacker);
    expect(await digest()).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("route handlers under app/admin refuse anonymous and customer callers", async () => {
    const routes = find("app/admin/**/route.ts");
    const refused: string[] = [];
    for (const file of routes) {
      const mod = await load(file);
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        if (!handler) continue;
        for (const become of [asAnonymous, () => asUser(ids.attacker)]) {
          become();
          const status = await handler(new Request("http://localhost/admin", { method }), {
            params: Promise.resolve({ id: "1" }),
          }).then(
            (r) => r.status,
            (e: unknown) => (e instanceof ForbiddenError || isNextHttpError(e) ? 404 : 500),
          );
          refused.push(
            `${file} ${method} ${status === 401 || status === 403 || status === 404 ? "refused" : status}`,
          );
        }
      }
    }
    expect(refused.filter((r) => !r.endsWith("refused"))).toEqual([]);
    // The admin's own pages, as an admin, render their data without error (smoke test of the queries).
    asUser(ids.admin);
    for (const file of [
      "app/admin/page.tsx",
      "app/admin/users/page.tsx",
      "app/admin/users/[id]/page.tsx",
      "app/admin/users/ledger-differences/page.tsx",
      "app/admin/settings/page.tsx",
      "app/admin/payments/page.tsx",
      "app/admin/audit/page.tsx",
    ]) {
      const Page = (await load(file)).default as (p: typeof props) => Promise<unknown>;
      // A rendered element (a page that throws or returns nothing fails here, named by its file).
      expect(await Page(props), file).toEqual(expect.objectContaining({ props: expect.any(Object) }));
    }
  });
});

describe("customer data", () => {
  it("another customer's orders, refills, ledger and payments never show through the customer queries", async () => {
    const { listCustomerOrders, getCustomerOrdersByIds, listCustomerRefills, countOrdersByStatus } =
      await import("@/lib/orders/list-orders");
    const { listLedger } = await import("@/lib/ledger/list-ledger");
    const { listMyPayments } = await import("@/lib/payments/list-payments");
    const { listOwnTickets, readOwnTicket, countUnreadForCustomer } =
      await import("@/lib/tickets/customer-tickets");
    const me = ids.attacker;
    const theirOrders = await db.order.findMany({
      where: { userId: ids.victim },
      select: { id: true, link: true },
    });
    expect(theirOrders.length).toBeGreaterThan(0);

    for (const search of [undefined, String(theirOrders[0].id), theirOrders[0].link, "example.com"]) {
      const page = await listCustomerOrders({ userId: me, search });
      expect(page.rows).toEqual([]);
      expect(page.counts.all).toBe(0);
    }
    expect(
      await getCustomerOrdersByIds(
        me,
        theirOrders.map((o) => o.id),
      ),
    ).toEqual([]);
    expect((await countOrdersByStatus(me)).all).toBe(0);
    expect((await listCustomerRefills({ userId: me })).rows).toEqual([]);
    const ledger = await listLedger({ userId: me });
    expect(ledger.rows.length).toBeGreaterThan(0);
    expect(
      await db.ledgerEntry.count({
        where: { id: { in: ledger.rows.map((r) => r.id) }, userId: { not: me } },
      }),
    ).toBe(0);
    expect((await listMyPayments(me)).rows).toEqual([]);
    expect(await listOwnTickets(me)).toEqual([]);
    expect(await readOwnTicket(me, 1)).toBeNull();
    expect(await countUnreadForCustomer(me)).toBe(0);
    expect((await listOwnTickets(ids.victim)).length).toBe(1);
    // The victim does see their own rows: the queries are not simply empty.
    expect((await listCustomerOrders({ userId: ids.victim })).rows.length).toBe(theirOrders.length);
    expect((await listCustomerRefills({ userId: ids.victim })).rows.length).toBe(1);
    expect((await listMyPayments(ids.victim)).rows.length).toBe(1);
  });

  it("no customer action changes another customer's orders, refills, ledger, balance or payments", async () => {
    const victimState = async () =>
      json(
        await Promise.all([
          db.user.findUniqueOrThrow({
            where: { id: ids.victim },
            select: {
              balance: true,
              spent: true,
              status: true,
              apiAccess: true,
              passwordHash: true,
              sessionVersion: true,
            },
          }),
          db.order.findMany({ where: { userId: ids.victim }, orderBy: { id: "asc" } }),
          db.refill.findMany({ where: { userId: ids.victim }, orderBy: { id: "asc" } }),
          db.ledgerEntry.findMany({ where: { userId: ids.victim }, orderBy: { id: "asc" } }),
          db.paymentRequest.findMany({ where: { userId: ids.victim }, orderBy: { id: "asc" } }),
          db.apiKey.findMany({ where: { userId: ids.victim } }),
          db.ticket.findMany({ where: { userId: ids.victim }, include: { messages: true, orders: true } }),
        ]),
      );
    const before = await victimState();
    const files = find("lib/actions/customer/*.ts");
    expect(files).toContain("lib/actions/customer/add-funds.ts");
    expect(files).toContain("lib/actions/customer/tickets.ts");
    for (const file of files) {
      for (const fn of Object.values(await load(file))) {
        if (typeof fn !== "function") continue;
        for (const args of [
          [ids.otherOrder],
          [ids.otherOrder, payload],
          [ids.otherOrder, "a reply from another customer"],
          [[ids.otherOrder]],
          [payload],
          [undefined, formData()],
        ]) {
          asUser(ids.attacker);
          await Promise.resolve()
            .then(() => fn(...args))
            .catch(() => undefined);
        }
      }
    }
    expect(await victimState()).toBe(before);
  });
});
