// A statement outside a transaction never runs inside another caller's open transaction. On
// SQLite every statement shares one connection, so without the statement lock a dispatch claim
// issued while an interactive transaction is open lands inside it: the claim answers "taken",
// the transaction rolls back, and the order is QUEUED again, ready to be sent twice. On
// PostgreSQL the claim waits on the row lock; the outcome must be the same on both engines.
import { expect, it } from "vitest";
import { db, DispatchState } from "@/lib/db";
import { claimOrder } from "@/lib/orders/dispatch";
import { placeOrder } from "@/lib/orders/place-order";
import { customerWith, LINK, seedCatalog } from "./support";
import { startScriptedProvider } from "./scripted-provider";

class Rollback extends Error {}

it("a claim made while another transaction is open survives that transaction's rollback", async () => {
  const provider = await startScriptedProvider();
  try {
    const { serviceIds } = await seedCatalog(provider);
    const userId = await customerWith(10_000_000n);
    const { orderId } = await placeOrder(
      { userId, serviceId: serviceIds.get(1)!, fields: { link: LINK, quantity: 100 }, source: "web" },
      { dispatch: false },
    );

    let claim: Promise<boolean> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.order.update({ where: { id: orderId }, data: { lastError: "being edited" } });
        // The claim starts while this transaction is open; give it every chance to run now.
        claim = claimOrder(orderId, { workerId: "worker-a" });
        await Promise.race([claim, new Promise((resolve) => setTimeout(resolve, 500))]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);

    expect(await claim).toBe(true);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({
      dispatchState: DispatchState.SENDING,
      claimedBy: "worker-a",
      lastError: null,
    });
  } finally {
    await provider.close();
  }
});
