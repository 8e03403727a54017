// Concurrent placements never overspend: 200 at once for a user whose balance covers exactly 50.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, LedgerType } from "@/lib/db";
import { placeOrder } from "@/lib/orders/place-order";
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
      placeOrder({ userId, serviceId, fields: { link: `${LINK}${i}`, quantity: 1000 }, source: "api" }, { dispatch: false }),
    ),
  );
  const placed = results.filter((r) => r.status === "fulfilled");
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(placed).toHaveLength(50);
  expect(new Set(refused.map((r) => (r.reason as Error).message))).toEqual(new Set(["Not enough funds on balance"]));

  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  expect(user.balance).toBe(0n);
  expect(user.spent).toBe(50n * 90_000n);
  expect(await db.order.count({ where: { userId } })).toBe(50);
  expect(await db.ledgerEntry.count({ where: { userId, type: LedgerType.ORDER_CHARGE } })).toBe(50);
  await checkMoneyInvariants();
});
