// Provider texts reach customers on the web only through the same scrubbing rule as /api/v2:
// an address in a refusal (URL, IP, host:port) never shows on a customer's page or message.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, OrderStatus } from "@/lib/db";
import { requestCancel } from "@/lib/orders/cancel";
import { waitForDispatches } from "@/lib/orders/dispatch";
import { listCustomerOrders } from "@/lib/orders/list-orders";
import { placeOrder } from "@/lib/orders/place-order";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { customerWith, LINK, seedCatalog } from "../orders/support";

const LEAK = "Refused by upstream http://10.20.30.40:8080/panel (node 10.20.30.41)";
let sim: SimulatorHandle;

beforeAll(async () => {
  sim = await startSimulator({ clock: "manual" });
});
afterAll(async () => {
  await waitForDispatches();
  await sim.close();
});

it("shows a provider's refusal on the orders page without its addresses", async () => {
  const { serviceIds } = await seedCatalog(sim);
  const userId = await customerWith(1_000_000_000n);
  sim.setFault("add", "error", { text: LEAK, count: 1 });
  const { orderId } = await placeOrder({
    userId,
    serviceId: serviceIds.get(1)!,
    fields: { link: LINK, quantity: 100 },
    source: "web",
  });
  await waitForDispatches();
  expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe(OrderStatus.CANCELED);

  const { rows } = await listCustomerOrders({ userId });
  const reason = rows.find((o) => o.id === orderId)!.reason!;
  expect(reason).toContain("Refused by upstream");
  expect(reason).not.toMatch(/10\.20\.30|8080/);
});

it("gives a refused cancel's message without the provider's addresses", async () => {
  const { serviceIds } = await seedCatalog(sim, { name: "Second" });
  const userId = await customerWith(1_000_000_000n);
  const serviceId = serviceIds.get(1)!;
  const { orderId } = await placeOrder({
    userId,
    serviceId,
    fields: { link: LINK, quantity: 100 },
    source: "web",
  });
  await waitForDispatches();
  sim.setFault("cancel", "error", { text: LEAK, count: 1 });
  const answers = await requestCancel(userId, [orderId]);
  const answer = answers.get(orderId) as { ok: false; error: string };
  expect(answer.error).toContain("The provider refused the cancel");
  expect(answer.error).not.toMatch(/10\.20\.30|8080/);
});
