// Support tickets on the real database (SQLite, and PostgreSQL with TEST_DATABASE_URL): a
// customer never reads or writes another customer's ticket nor links another's order; the open
// cap and the message rate hold; staff replies are audited, mailed and counted as unread.
import { beforeAll, describe, expect, it } from "vitest";
import { db, Role, TicketStatus } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { updateSettings } from "@/lib/settings/settings";
import {
  assignTicket,
  countUnreadForStaff,
  listTickets,
  parseTicketFilters,
  readTicketAsAdmin,
  replyAsStaff,
  setTicketStatus,
} from "@/lib/tickets/admin-tickets";
import {
  closeOwnTicket,
  countUnreadForCustomer,
  listOwnTickets,
  openTicket,
  readOwnTicket,
  reopenOwnTicket,
  replyAsCustomer,
} from "@/lib/tickets/customer-tickets";
import { deposit, makeOrder, makeProvider, makeService, makeUser } from "../admin/support";

let alice: number, bob: number, carol: number, admin: number, aliceOrder: number, bobOrder: number;

beforeAll(async () => {
  const provider = await makeProvider();
  const service = await makeService(provider.id, { rate: 1_000_000n, cost: 500_000n });
  [alice, bob, carol] = await Promise.all(
    ["alice", "bob", "carol"].map(async (n) => (await makeUser({ email: `${n}@test.dev` })).id),
  );
  admin = (await makeUser({ role: Role.ADMIN, email: "staff@test.dev" })).id;
  for (const id of [alice, bob]) await deposit(id, 10_000_000n);
  aliceOrder = (
    await makeOrder({
      userId: alice,
      serviceId: service.id,
      providerId: provider.id,
      charge: 1_000_000n,
      cost: 500_000n,
    })
  ).id;
  bobOrder = (
    await makeOrder({
      userId: bob,
      serviceId: service.id,
      providerId: provider.id,
      charge: 1_000_000n,
      cost: 500_000n,
    })
  ).id;
});

const ticketState = async (id: number) =>
  JSON.stringify(
    await db.ticket.findUniqueOrThrow({ where: { id }, include: { messages: true, orders: true } }),
  );

describe("ticket access", () => {
  it("links only the customer's own orders; another's order refuses the whole ticket", async () => {
    const { id } = await openTicket(alice, {
      subject: "Order not started",
      kind: "ORDER",
      orderIds: `#${aliceOrder}`,
      message: "Still pending after a day",
    });
    expect((await db.ticketOrder.findMany({ where: { ticketId: id } })).map((t) => t.orderId)).toEqual([
      aliceOrder,
    ]);
    const before = await db.ticket.count();
    await expect(
      openTicket(alice, {
        subject: "Two orders",
        kind: "ORDER",
        orderIds: [aliceOrder, bobOrder],
        message: "About both",
      }),
    ).rejects.toThrow(`Order #${bobOrder} is not one of your orders`);
    await expect(
      openTicket(alice, { subject: "Made up", kind: "ORDER", orderIds: [999_999], message: "About this" }),
    ).rejects.toThrow("is not one of your orders");
    expect(await db.ticket.count()).toBe(before);
  });

  it("another customer can neither read, list, answer, close nor reopen a ticket", async () => {
    const { id } = await openTicket(alice, {
      subject: "Refund please",
      kind: "PAYMENT",
      message: "My card was charged twice",
    });
    const state = await ticketState(id);
    expect(await readOwnTicket(bob, id)).toBeNull();
    expect((await listOwnTickets(bob)).map((t) => t.id)).not.toContain(id);
    await expect(replyAsCustomer(bob, id, "I am not Alice")).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeOwnTicket(bob, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reopenOwnTicket(bob, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await ticketState(id)).toBe(state);
    // Alice herself can.
    expect((await readOwnTicket(alice, id))?.messages.map((m) => m.body)).toEqual([
      "My card was charged twice",
    ]);
  });
});

describe("ticket flow", () => {
  it("a staff reply is audited, mailed and unread until the customer opens the ticket; the customer's answer reopens it", async () => {
    const { id } = await openTicket(carol, {
      subject: "Where is my <b>refill</b>?",
      kind: "OTHER",
      message: "Hello\u0007 <script>alert(1)</script>\r\nthanks",
    });
    expect((await db.ticketMessage.findFirstOrThrow({ where: { ticketId: id } })).body).toBe(
      "Hello <script>alert(1)</script>\nthanks",
    );
    const staffUnreadBefore = await countUnreadForStaff();
    expect(staffUnreadBefore).toBeGreaterThan(0);
    expect((await readTicketAsAdmin(id))?.user.email).toBe("carol@test.dev");
    expect(await countUnreadForStaff()).toBe(staffUnreadBefore - 1);

    await replyAsStaff({ id: admin, ip: "10.9.9.9" }, id, {
      body: "It is on its way",
      status: "AWAITING_CUSTOMER",
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: TicketStatus.AWAITING_CUSTOMER,
      customerUnread: true,
      assigneeId: admin,
    });
    expect(await countUnreadForCustomer(carol)).toBe(1);
    expect(
      await db.auditLog.count({
        where: { action: "ticket.reply", targetId: String(id), actorId: admin, ip: "10.9.9.9" },
      }),
    ).toBe(1);
    const mail = await db.mailOutbox.findFirstOrThrow({
      where: { to: "carol@test.dev", kind: "ticket_answer" },
    });
    expect(mail.html).toContain("Where is my &lt;b&gt;refill&lt;/b&gt;?");

    await readOwnTicket(carol, id);
    expect(await countUnreadForCustomer(carol)).toBe(0);
    await replyAsCustomer(carol, id, "Got it, thanks");
    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: TicketStatus.OPEN,
      staffUnread: true,
    });

    await closeOwnTicket(carol, id);
    await expect(replyAsCustomer(carol, id, "One more thing")).rejects.toThrow(/closed/);
    await reopenOwnTicket(carol, id);
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).status).toBe(TicketStatus.OPEN);
  });

  it("caps tickets not closed per customer, also on reopening", async () => {
    const dave = (await makeUser({ email: "dave@test.dev" })).id;
    await updateSettings({ maxOpenTickets: 2 });
    const first = await openTicket(dave, { subject: "First", kind: "OTHER", message: "one" });
    await openTicket(dave, { subject: "Second", kind: "OTHER", message: "two" });
    await expect(openTicket(dave, { subject: "Third", kind: "OTHER", message: "three" })).rejects.toThrow(
      /already have 2 open tickets/,
    );
    await closeOwnTicket(dave, first.id);
    const third = await openTicket(dave, { subject: "Third", kind: "OTHER", message: "three" });
    await expect(reopenOwnTicket(dave, first.id)).rejects.toThrow(/already have 2 open tickets/);
    await setTicketStatus({ id: admin }, third.id, TicketStatus.CLOSED);
    await reopenOwnTicket(dave, first.id);
    await updateSettings({ maxOpenTickets: 5 });
  });

  it("limits a customer's messages", async () => {
    const erin = (await makeUser({ email: "erin@test.dev" })).id;
    const { id } = await openTicket(erin, { subject: "Spam", kind: "OTHER", message: "first" });
    for (let i = 0; i < 9; i++) await replyAsCustomer(erin, id, `message ${i}`);
    await expect(replyAsCustomer(erin, id, "one too many")).rejects.toThrow(/too fast/);
    expect(await db.ticketMessage.count({ where: { ticketId: id } })).toBe(10);
  });

  it("the inbox filters by status, kind, assignee and search; assignment is audited and admins only", async () => {
    const other = (await makeUser({ role: Role.ADMIN, email: "other-staff@test.dev" })).id;
    const { id } = await openTicket(alice, {
      subject: "Payment missing",
      kind: "PAYMENT",
      orderIds: [aliceOrder],
      message: "Sent by bank",
    });
    await assignTicket({ id: admin }, id, other);
    await expect(assignTicket({ id: admin }, id, bob)).rejects.toThrow(/only be assigned to an admin/);
    expect(await db.auditLog.count({ where: { action: "ticket.assign", targetId: String(id) } })).toBe(1);
    const ids = async (params: Record<string, string>, as = admin) =>
      (await listTickets(parseTicketFilters(params), { id: as })).rows.map((r) => r.id);
    expect(await ids({ kind: "PAYMENT", assignee: String(other) })).toEqual([id]);
    expect(await ids({ assignee: "me" }, other)).toEqual([id]);
    expect(await ids({ q: "alice@test" })).toContain(id);
    expect(await ids({ q: String(aliceOrder) })).toContain(id);
    expect(await ids({ status: "CLOSED", kind: "PAYMENT" })).not.toContain(id);
    expect(await ids({ assignee: "none", kind: "PAYMENT" })).not.toContain(id);
  });
});
