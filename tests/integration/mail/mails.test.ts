// The mails other domains queue: deposit credited (once per credit), order Canceled/Partial
// only for customers who opted in, in the transaction of the event.
import { expect, it } from "vitest";
import { db, OrderStatus, Role } from "@/lib/db";
import { finalizeOrder } from "@/lib/orders/finalize-order";
import { approvePayment } from "@/lib/payments/review-payment";
import { deposit, makeOrder, makeProvider, makeService, makeUser } from "../admin/support";

it("approving a deposit queues one 'deposit credited' mail with the amount and the new balance", async () => {
  const admin = await makeUser({ role: Role.ADMIN });
  const user = await makeUser({ email: "payer@test.dev" });
  const payment = await db.paymentRequest.create({
    data: { userId: user.id, amount: 2_550_000n, method: "Bank transfer", reference: "wire 1" },
  });
  await approvePayment(payment.id, { id: admin.id });
  await expect(approvePayment(payment.id, { id: admin.id })).rejects.toThrow(/already/);
  const mails = await db.mailOutbox.findMany({ where: { to: user.email } });
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ kind: "deposit", dedupeKey: `deposit:payment:${payment.id}` });
  expect(mails[0].subject).toContain("$25.50");
  expect(mails[0].text).toContain("$25.50");
});

it("an order ending Canceled or Partial mails only customers who turned the mails on", async () => {
  const provider = await makeProvider();
  const service = await makeService(provider.id, {
    rate: 1_000_000n,
    cost: 500_000n,
    name: "Followers <b>HQ</b>",
  });
  const quiet = await makeUser({ email: "quiet@test.dev" });
  const keen = await makeUser({ email: "keen@test.dev" });
  await db.user.update({ where: { id: keen.id }, data: { orderMails: true } });
  for (const u of [quiet, keen]) await deposit(u.id, 10_000_000n);
  const order = (userId: number) =>
    makeOrder({
      userId,
      serviceId: service.id,
      providerId: provider.id,
      charge: 1_000_000n,
      cost: 500_000n,
      quantity: 1000,
    });

  const [q1, k1, k2, k3] = [
    await order(quiet.id),
    await order(keen.id),
    await order(keen.id),
    await order(keen.id),
  ];
  await finalizeOrder(q1.id, { status: OrderStatus.CANCELED });
  await finalizeOrder(k1.id, { status: OrderStatus.CANCELED });
  await finalizeOrder(k2.id, { status: OrderStatus.PARTIAL, remains: 250 });
  await finalizeOrder(k3.id, { status: OrderStatus.COMPLETED });
  await finalizeOrder(k1.id, { status: OrderStatus.CANCELED }); // a repeated answer: no second mail

  expect(await db.mailOutbox.count({ where: { to: quiet.email } })).toBe(0);
  const mails = await db.mailOutbox.findMany({ where: { to: keen.email }, orderBy: { id: "asc" } });
  expect(mails.map((m) => m.subject)).toEqual([
    `Order #${k1.id} was canceled`,
    `Order #${k2.id} was partially completed`,
  ]);
  expect(mails[1].text).toContain("250 of 1000");
  expect(mails[1].text).toContain("$2.50");
  expect(mails[1].html).toContain("Followers &lt;b&gt;HQ&lt;/b&gt;");
});
