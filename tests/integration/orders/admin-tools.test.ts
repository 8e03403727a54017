// The admin's order tools: resend an order the provider does not have (a stuck one too, never
// one it has), edit the start count, and change the status of several orders at once. Each
// goes through the guarded transitions and writes its audit row; money moves once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, DispatchState, OrderStatus } from "@/lib/db";
import { changeOrderStatuses, resendOrder, setStartCount } from "@/lib/orders/admin-actions";
import { dispatchOrder, waitForDispatches } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { flushExchangeLog } from "@/lib/providers/connect";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { checkMoneyInvariants, customerWith, LINK, seedCatalog, useFastSqlite } from "./support";

let sim: SimulatorHandle;
let svc: Map<number, number>;
const admin = { id: 0, ip: "10.0.0.2" };
const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const audits = (id: number, action: string) =>
  db.auditLog.count({ where: { targetType: "order", targetId: String(id), action } });

beforeAll(async () => {
  await useFastSqlite();
  sim = await startSimulator({ seed: 17, clock: "manual", partialShare: 0 });
  ({ serviceIds: svc } = await seedCatalog(sim));
  admin.id = (
    await db.user.create({ data: { email: "tools-admin@test.dev", passwordHash: "x", role: "ADMIN" } })
  ).id;
});

afterAll(async () => {
  await waitForDispatches();
  await flushExchangeLog();
  await sim.close();
});

beforeEach(() => sim.clearFaults());

async function place(userId: number, link: string, quantity = 100) {
  return (
    await placeOrder(
      { userId, serviceId: svc.get(1)!, fields: { link, quantity }, source: "web" },
      { dispatch: false },
    )
  ).orderId;
}

describe("admin order tools", () => {
  it("resends a stuck order the provider refused for now, and never resends one the provider has", async () => {
    const userId = await customerWith(1_000_000n);
    const link = `${LINK}?stuck`;
    const stuck = await place(userId, link);
    sim.setFault("add", "no_funds", { count: 1 });
    expect(await dispatchOrder(stuck)).toBe("temporary");
    expect((await order(stuck)).dispatchState).toBe(DispatchState.QUEUED);

    expect(await resendOrder(admin, stuck)).toEqual({ outcome: "sent" });
    const atProvider = () => sim.orders().filter((o) => o.link === link);
    expect(atProvider()).toHaveLength(1);
    await expect(resendOrder(admin, stuck)).rejects.toThrow(/already has it|not yet sent/);
    expect(atProvider()).toHaveLength(1);
    expect(await audits(stuck, "order.resend")).toBe(1);
    const balanceBefore = (await db.user.findUniqueOrThrow({ where: { id: userId } })).balance;
    expect(balanceBefore).toBe(1_000_000n - (await order(stuck)).charge); // charged once
  });

  it("edits the start count of any order, final or not, with an audit row", async () => {
    const userId = await customerWith(1_000_000n);
    const id = await place(userId, `${LINK}?start`);
    await setStartCount(admin, id, 1234);
    expect((await order(id)).startCount).toBe(1234n);
    await changeOrderStatuses(admin, [id], "COMPLETED");
    await setStartCount(admin, id, 1300);
    expect((await order(id)).startCount).toBe(1300n);
    await expect(setStartCount(admin, id, -5)).rejects.toThrow(
      "Start count must be a whole number, 0 or more",
    );
    expect(await audits(id, "order.set_start_count")).toBe(2);
  });

  it("changes the status of several orders at once; one that cannot change does not block the rest", async () => {
    const userId = await customerWith(1_000_000n);
    const [a, b, c] = [
      await place(userId, `${LINK}?bulk-a`),
      await place(userId, `${LINK}?bulk-b`),
      await place(userId, `${LINK}?bulk-c`),
    ];
    const charge = (await order(a)).charge;
    expect(await changeOrderStatuses(admin, [a, b], "COMPLETED")).toEqual([
      { id: a, ok: true },
      { id: b, ok: true },
    ]);
    const canceled = await changeOrderStatuses(admin, [a, c, 999_999], "CANCELED");
    expect(canceled).toEqual([
      { id: a, ok: false, error: "The order changed meanwhile; reload and try again" },
      { id: c, ok: true, refund: charge },
      { id: 999_999, ok: false, error: "Order not found" },
    ]);
    expect(await order(c)).toMatchObject({ status: OrderStatus.CANCELED, refunded: charge });
    expect((await changeOrderStatuses(admin, [c], "CANCELED"))[0]).toMatchObject({ ok: false });
    expect((await order(c)).refunded).toBe(charge);
    expect(await audits(c, "order.cancel_refund")).toBe(1);
    expect(await audits(a, "order.mark_completed")).toBe(1);
    await checkMoneyInvariants();
  });
});
