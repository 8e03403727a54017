// Concurrent placements never overspend: 200 at once for a user whose balance covers exactly 50.
// Placements run in transactions on the database driver (lib/db/sql.ts) while other balance
// changes run in Prisma's: both at once on one user lose and invent nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, LedgerType } from "@/lib/db";
import { adjustBalance } from "@/lib/ledger/adjust-balance";
import { changeBalance } from "@/lib/ledger/change-balance";
import { placeOrder, type PlacedOrder } from "@/lib/orders/place-order";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog, useFastSqlite } from "./support";

let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
  await useFastSqlite();
});

afterAll(async () => {
  await sim.close();
});

it("200 concurrent placements against a balance for 50: exactly 50 orders, balance exactly 0", async () => {
  const { serviceIds } = await seedCatalog(sim);
  const serviceId = serviceIds.get(1)!; // 0.90 per 1000: 1000 items cost 90_000 units
  const userId = await customerWith(50n * 90_000n);

  const results = await Promise.allSettled(
    Array.from({ length: 200 }, (_, i) =>
      placeOrder(
        { userId, serviceId, fields: { link: `${LINK}${i}`, quantity: 1000 }, source: "api" },
        { dispatch: false },
      ),
    ),
  );
  const placed = results.filter((r) => r.status === "fulfilled");
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(placed).toHaveLength(50);
  expect(new Set(refused.map((r) => (r.reason as Error).message))).toEqual(
    new Set(["Not enough funds on balance"]),
  );

  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  expect(user.balance).toBe(0n);
  expect(user.spent).toBe(0n); // net spend counts ended orders only; these are still queued
  expect(await db.order.count({ where: { userId } })).toBe(50);
  expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.ORDER_CHARGE } })).toBe(50);
  await checkMoneyInvariants();
});

it("placements on the driver and credits through Prisma at once, on one user: the balance is exactly credits minus charges", async () => {
  const { serviceIds } = await seedCatalog(sim, { name: "Sim mixed" });
  const serviceId = serviceIds.get(1)!; // 90_000 units per order of 1000
  const userId = await customerWith(10n * 90_000n);

  const work = Array.from({ length: 120 }, (_, i) =>
    i % 3 === 0
      ? adjustBalance({ userId, amount: 90_000n, reason: `top-up ${i}` }).then(() => "credit" as const)
      : placeOrder(
          { userId, serviceId, fields: { link: `${LINK}mixed${i}`, quantity: 1000 }, source: "api" },
          { dispatch: false },
        ).then(() => "order" as const),
  );
  const results = await Promise.allSettled(work);
  const credits = results.filter((r) => r.status === "fulfilled" && r.value === "credit").length;
  const orders = results.filter((r) => r.status === "fulfilled" && r.value === "order").length;
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(credits).toBe(40);
  expect(orders + refused.length).toBe(80);
  expect(orders).toBeGreaterThanOrEqual(10);
  expect(new Set(refused.map((r) => (r.reason as Error).message))).toEqual(
    refused.length ? new Set(["Not enough funds on balance"]) : new Set(),
  );

  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  expect(user.balance).toBe(10n * 90_000n + BigInt(credits) * 90_000n - BigInt(orders) * 90_000n);
  expect(user.spent).toBe(0n);
  expect(await db.order.count({ where: { userId } })).toBe(orders);
  expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.ORDER_CHARGE } })).toBe(orders);
  await checkMoneyInvariants();
});

it("a placement waits for a balance change still open in a Prisma transaction, then goes through", async () => {
  const { serviceIds } = await seedCatalog(sim, { name: "Sim waits" });
  const userId = await customerWith(90_000n);
  let placement: Promise<PlacedOrder> | undefined;
  await db.$transaction(
    async (tx) => {
      await changeBalance(tx, { userId, amount: 90_000n, type: LedgerType.ADJUSTMENT, note: "held open" });
      placement = placeOrder(
        {
          userId,
          serviceId: serviceIds.get(1)!,
          fields: { link: `${LINK}waits`, quantity: 1000 },
          source: "api",
        },
        { dispatch: false },
      );
      // Timers still fire while the placement waits (SQLite: for the process's write lock, never
      // in a busy wait that stalls the process; PostgreSQL: for the user's row).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await tx.order.count({ where: { userId } })).toBe(0);
    },
    { timeout: 20_000 },
  );
  const placed = await placement!;
  expect(placed.balanceAfter).toBe(90_000n);
  expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).balance).toBe(90_000n);
  await checkMoneyInvariants();
});
