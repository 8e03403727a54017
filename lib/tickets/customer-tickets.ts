// The customer's side of support tickets. Every function takes the signed-in user's id and
// only ever reads or writes that user's tickets: another customer's ticket is "not found".
// Anti-spam: a cap on tickets not closed (owner setting), a message rate per customer, and
// linked orders checked as the customer's own.
import { db, TicketStatus, type Tx } from "../db";
import { AppError, NotFoundError } from "../errors";
import { createRateLimiter } from "../rate-limit";
import { getSettings } from "../settings/settings";
import { idSchema } from "../validations/id";
import { messageBody, openTicketSchema, type OpenTicketInput } from "./ticket-input";

const messagesPerUser = createRateLimiter("ticket-messages", 10, 10 * 60);

async function limitMessages(userId: number) {
  const hit = await messagesPerUser.hit(String(userId));
  const minutes = Math.ceil(hit.retryAfterSeconds / 60);
  if (!hit.ok)
    throw new AppError(
      `You are sending messages too fast. Try again in ${minutes} min.`,
      "rate_limited",
      undefined,
      { key: "errors.ticket.tooFast", values: { minutes } },
    );
}

async function assertBelowOpenCap(tx: Tx, userId: number) {
  const { maxOpenTickets } = await getSettings(tx);
  const open = await tx.ticket.count({ where: { userId, status: { not: TicketStatus.CLOSED } } });
  if (open >= maxOpenTickets)
    throw new AppError(
      `You already have ${open} open tickets. Close one you no longer need, or add to an open one.`,
      "too_many_tickets",
      undefined,
      {
        key: "errors.ticket.tooManyOpen",
        values: { count: open },
      },
    );
}

/** The customer's own ticket, or a not-found error (for someone else's as for a missing one). */
async function ownTicket(tx: Tx, userId: number, id: number) {
  const ticket = await tx.ticket.findFirst({
    where: { id: idSchema.parse(id), userId },
    select: { id: true, status: true },
  });
  if (!ticket) throw new NotFoundError("Ticket not found");
  return ticket;
}

export async function openTicket(userId: number, input: OpenTicketInput): Promise<{ id: number }> {
  const data = openTicketSchema.parse(input);
  await limitMessages(userId);
  return db.$transaction(async (tx) => {
    await assertBelowOpenCap(tx, userId);
    if (data.orderIds.length) {
      const mine = await tx.order.findMany({
        where: { id: { in: data.orderIds }, userId },
        select: { id: true },
      });
      const found = new Set(mine.map((o) => o.id));
      const missing = data.orderIds.find((id) => !found.has(id));
      if (missing !== undefined)
        throw new AppError(`Order #${missing} is not one of your orders`, "invalid_field", "orderIds", {
          key: "errors.ticket.notYourOrder",
          values: { order: missing },
        });
    }
    const ticket = await tx.ticket.create({
      data: {
        userId,
        subject: data.subject,
        kind: data.kind,
        messages: { create: { authorId: userId, staff: false, body: data.message } },
        orders: { create: data.orderIds.map((orderId) => ({ orderId })) },
      },
      select: { id: true },
    });
    return ticket;
  });
}

/** A customer message: the ticket goes back to the staff (OPEN); a closed one must be reopened first. */
export async function replyAsCustomer(userId: number, id: number, body: string): Promise<void> {
  const text = messageBody.parse(body);
  await limitMessages(userId);
  await db.$transaction(async (tx) => {
    const ticket = await ownTicket(tx, userId, id);
    if (ticket.status === TicketStatus.CLOSED)
      throw new AppError("This ticket is closed. Reopen it to write again.", "closed");
    await tx.ticketMessage.create({
      data: { ticketId: ticket.id, authorId: userId, staff: false, body: text },
    });
    await tx.ticket.update({
      where: { id: ticket.id },
      data: { status: TicketStatus.OPEN, staffUnread: true, lastMessageAt: new Date() },
    });
  });
}

export async function closeOwnTicket(userId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await ownTicket(tx, userId, id);
    await tx.ticket.updateMany({ where: { id: ticket.id, userId }, data: { status: TicketStatus.CLOSED } });
  });
}

export async function reopenOwnTicket(userId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await ownTicket(tx, userId, id);
    if (ticket.status !== TicketStatus.CLOSED) return;
    await assertBelowOpenCap(tx, userId);
    await tx.ticket.updateMany({
      where: { id: ticket.id, userId, status: TicketStatus.CLOSED },
      data: { status: TicketStatus.OPEN, staffUnread: true },
    });
  });
}

export async function listOwnTickets(userId: number) {
  return db.ticket.findMany({
    where: { userId },
    orderBy: { lastMessageAt: "desc" },
    take: 200,
    select: {
      id: true,
      subject: true,
      kind: true,
      status: true,
      customerUnread: true,
      lastMessageAt: true,
      createdAt: true,
    },
  });
}

/** The customer's ticket with its thread and linked orders; opening it marks staff answers read. */
export async function readOwnTicket(userId: number, id: number) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return null;
  const ticket = await db.ticket.findFirst({
    where: { id: parsed.data, userId },
    include: {
      messages: { orderBy: { id: "asc" }, select: { id: true, staff: true, body: true, createdAt: true } },
      orders: {
        select: {
          order: {
            select: {
              id: true,
              status: true,
              link: true,
              quantity: true,
              service: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!ticket) return null;
  if (ticket.customerUnread)
    await db.ticket.updateMany({ where: { id: ticket.id, userId }, data: { customerUnread: false } });
  return ticket;
}

export async function countUnreadForCustomer(userId: number): Promise<number> {
  return db.ticket.count({ where: { userId, customerUnread: true } });
}
