// A double-clicked money form happens once. Each form sends the idempotency token it was drawn
// with (a hidden field): a repeat of the new order, mass order or balance adjustment answers
// with the first result and moves no money. The server actions are called as the pages call
// them; only the framework's request context (session, headers, cache) is replaced.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, LedgerType, Role } from "@/lib/db";
import { flushExchangeLog } from "@/lib/providers/connect";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { createUser } from "@/lib/users/create-user";
import { customerWith, LINK, seedCatalog } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { uid: number; sv: number } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => session.current),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "10.66.0.2" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const { placeOrderAction, placeMassOrderAction } = await import("@/lib/actions/customer/orders");
const { adjustUserBalanceAction } = await import("@/lib/actions/admin/users");

let sim: SimulatorHandle;
let svc: Map<number, number>;

beforeAll(async () => {
  sim = await startSimulator({ seed: 3, clock: "manual" });
  ({ serviceIds: svc } = await seedCatalog(sim));
});

afterAll(async () => {
  await waitForDispatches();
  await flushExchangeLog();
  await sim.close();
});

const token = () => crypto.randomUUID();
const charges = (userId: number) =>
  db.ledgerEntry.count({ where: { userId, type: LedgerType.ORDER_CHARGE } });

describe("repeated submits", () => {
  it("new order: a double click and a late repeat place one order", async () => {
    const userId = await customerWith(10_000_000n);
    session.current = { uid: userId, sv: 0 };
    const input = {
      serviceId: svc.get(1)!,
      fields: { link: LINK, quantity: "1000" },
      idempotencyKey: token(),
    };
    const [a, b] = await Promise.all([placeOrderAction(input), placeOrderAction(input)]);
    const c = await placeOrderAction(input);
    expect([a, b, c]).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
    const ids = [a, b, c].map((r) => (r.ok ? r.data.orderId : 0));
    expect(new Set(ids).size).toBe(1);
    expect(await charges(userId)).toBe(1);
    // A new token is a new order.
    expect(await placeOrderAction({ ...input, idempotencyKey: token() })).toMatchObject({ ok: true });
    expect(await charges(userId)).toBe(2);
  });

  it("mass order: a repeat answers with the first orders", async () => {
    const userId = await customerWith(10_000_000n);
    session.current = { uid: userId, sv: 0 };
    const input = {
      text: `${svc.get(1)}|${LINK}|100\n${svc.get(3)}|${LINK}|1000\nbad line`,
      idempotencyKey: token(),
    };
    const [a, b] = await Promise.all([placeMassOrderAction(input), placeMassOrderAction(input)]);
    const c = await placeMassOrderAction(input);
    expect([a, b, c]).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
    const placed = (r: typeof a) =>
      r.ok ? r.data.filter((l) => l.ok).map((l) => (l.ok ? l.orderId : 0)) : [];
    expect(placed(a)).toHaveLength(2);
    expect(placed(b)).toEqual(placed(a));
    expect(placed(c)).toEqual(placed(a));
    expect(await charges(userId)).toBe(2);
  });

  it("balance adjustment: a repeat credits once and answers with the first balance", async () => {
    const admin = await createUser({
      email: `adj-admin-${Date.now()}@test.dev`,
      password: "test-pass-1",
      role: Role.ADMIN,
    });
    const userId = await customerWith(0n);
    session.current = { uid: admin.id, sv: 0 };
    const input = {
      direction: "credit" as const,
      amount: "12.50",
      reason: "bank transfer #1",
      idempotencyKey: token(),
    };
    const [a, b] = await Promise.all([
      adjustUserBalanceAction(userId, input),
      adjustUserBalanceAction(userId, input),
    ]);
    const c = await adjustUserBalanceAction(userId, input);
    expect([a, b, c]).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
    expect(new Set([a, b, c].map((r) => (r.ok ? r.data.balanceAfter : "")))).toEqual(
      new Set([a.ok ? a.data.balanceAfter : "?"]),
    );
    expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.ADJUSTMENT } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).balance).toBe(1_250_000n);
  });
});
