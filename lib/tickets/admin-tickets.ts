// The admin inbox: filters, the thread with the linked orders, replies (the customer gets a
// mail), assignment, status changes and saved replies. Every change is audited in its own
// transaction.
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, isUniqueViolation, Prisma, TicketKind, TicketStatus, type Tx } from "../db";
import { ADMIN_ROLES } from "../auth/roles";
import { AppError, NotFoundError } from "../errors";
import { enumParam, firstParam, idParam, pageParam, type SearchParams } from "../http/url-filters";
import { queueTicketAnsweredMail } from "../mail/mails";
import { idSchema } from "../validations/id";
import {
  savedReplySchema,
  staffReplySchema,
  TICKET_KINDS,
  TICKET_STATUSES,
  type SavedReplyInput,
  type StaffReplyInput,
} from "./ticket-input";

export type TicketFilters = {
  status?: TicketStatus | "active";
  kind?: TicketKind;
  assignee?: "me" | "none" | number;
  search?: string;
  page: number;
};

export function parseTicketFilters(params: SearchParams): TicketFilters {
  const assignee = firstParam(params, "assignee", 12);
  return {
    status: enumParam(params, "status", [...TICKET_STATUSES, "active"] as const, "active"),
    kind: enumParam(params, "kind", TICKET_KINDS),
    assignee: assignee === "me" || assignee === "none" ? assignee : idParam(params, "assignee"),
    search: firstParam(params, "q", 100),
    page: pageParam(params),
  };
}

export async function listTickets(filters: TicketFilters, actor: Actor, pageSize = 25) {
  const where: Prisma.TicketWhereInput = {};
  if (filters.status === "active") where.status = { not: TicketStatus.CLOSED };
  else if (filters.status) where.status = filters.status;
  if (filters.kind) where.kind = filters.kind;
  if (filters.assignee === "me") where.assigneeId = actor.id;
  else if (filters.assignee === "none") where.assigneeId = null;
  else if (typeof filters.assignee === "number") where.assigneeId = filters.assignee;
  if (filters.search) {
    const q = filters.search.replace(/^#/, "");
    const or: Prisma.TicketWhereInput[] = [
      { subject: { contains: q } },
      { user: { email: { contains: q.toLowerCase() } } },
    ];
    if (/^\d{1,9}$/.test(q)) or.push({ id: Number(q) }, { orders: { some: { orderId: Number(q) } } });
    where.OR = or;
  }
  const [total, rows] = await Promise.all([
    db.ticket.count({ where }),
    db.ticket.findMany({
      where,
      orderBy: [{ staffUnread: "desc" }, { lastMessageAt: "desc" }],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        subject: true,
        kind: true,
        status: true,
        staffUnread: true,
        lastMessageAt: true,
        user: { select: { id: true, email: true } },
        assignee: { select: { id: true, email: true } },
        _count: { select: { orders: true } },
      },
    }),
  ]);
  return { rows, total, page: filters.page, pageSize };
}

export async function listAdmins() {
  return db.user.findMany({
    where: { role: { in: ADMIN_ROLES } },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
}

/** The ticket with its thread, customer and linked orders; opening it marks it read by the staff. */
export async function readTicketAsAdmin(id: number) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) return null;
  const ticket = await db.ticket.findUnique({
    where: { id: parsed.data },
    include: {
      user: { select: { id: true, email: true, balance: true } },
      assignee: { select: { id: true, email: true } },
      messages: { orderBy: { id: "asc" } },
      orders: {
        select: {
          order: {
            select: {
              id: true,
              status: true,
              dispatchState: true,
              refunded: true,
              charge: true,
              quantity: true,
              remains: true,
              startCount: true,
              link: true,
              providerOrderId: true,
              lastError: true,
              service: { select: { name: true } },
              provider: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!ticket) return null;
  if (ticket.staffUnread) await db.ticket.update({ where: { id: ticket.id }, data: { staffUnread: false } });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(ticket.messages.filter((m) => m.staff).map((m) => m.authorId))] } },
    select: { id: true, email: true },
  });
  return { ...ticket, staffNames: new Map(authors.map((a) => [a.id, a.email])) };
}

async function snapshot(tx: Tx, id: number) {
  const ticket = await tx.ticket.findUnique({
    where: { id: idSchema.parse(id) },
    select: { id: true, status: true, assigneeId: true },
  });
  if (!ticket) throw new NotFoundError("Ticket not found");
  return ticket;
}

export async function replyAsStaff(actor: Actor, id: number, input: StaffReplyInput): Promise<void> {
  const { body, status } = staffReplySchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    const message = await tx.ticketMessage.create({
      data: { ticketId: before.id, authorId: actor.id, staff: true, body },
    });
    await tx.ticket.update({
      where: { id: before.id },
      data: {
        status,
        customerUnread: true,
        staffUnread: false,
        lastMessageAt: new Date(),
        assigneeId: before.assigneeId ?? actor.id,
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "ticket.reply",
        targetType: "ticket",
        targetId: before.id,
        before: { status: before.status },
        after: { status, messageId: message.id },
      },
      tx,
    );
    await queueTicketAnsweredMail({ ticketId: before.id, messageId: message.id }, tx);
  });
}

export async function assignTicket(actor: Actor, id: number, assigneeId: number | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (assigneeId !== null) {
      const admin = await tx.user.findFirst({
        where: { id: assigneeId, role: { in: ADMIN_ROLES } },
        select: { id: true },
      });
      if (!admin)
        throw new AppError("Tickets can only be assigned to an admin", "invalid_field", "assigneeId");
    }
    await tx.ticket.update({ where: { id: before.id }, data: { assigneeId } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "ticket.assign",
        targetType: "ticket",
        targetId: before.id,
        before: { assigneeId: before.assigneeId },
        after: { assigneeId },
      },
      tx,
    );
  });
}

export async function setTicketStatus(actor: Actor, id: number, status: TicketStatus): Promise<void> {
  if (!TICKET_STATUSES.includes(status))
    throw new AppError("Unknown ticket status", "invalid_field", "status");
  await db.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    await tx.ticket.update({ where: { id: before.id }, data: { status } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "ticket.status",
        targetType: "ticket",
        targetId: before.id,
        before: { status: before.status },
        after: { status },
      },
      tx,
    );
  });
}

export async function countUnreadForStaff(tx: Tx = db): Promise<number> {
  return tx.ticket.count({ where: { staffUnread: true } });
}

// Saved replies

export async function listSavedReplies() {
  return db.savedReply.findMany({ orderBy: { title: "asc" } });
}

export async function saveSavedReply(
  actor: Actor,
  id: number | null,
  input: SavedReplyInput,
): Promise<{ id: number }> {
  const data = savedReplySchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before =
        id === null ? null : await tx.savedReply.findUnique({ where: { id: idSchema.parse(id) } });
      if (id !== null && !before) throw new NotFoundError("Saved reply not found");
      const row = before
        ? await tx.savedReply.update({ where: { id: before.id }, data })
        : await tx.savedReply.create({ data });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: before ? "saved_reply.update" : "saved_reply.create",
          targetType: "saved_reply",
          targetId: row.id,
          before: before ?? undefined,
          after: data,
        },
        tx,
      );
      return { id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("A saved reply with this title exists", "invalid_field", "title");
    throw error;
  }
}

export async function deleteSavedReply(actor: Actor, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.savedReply.findUnique({ where: { id: idSchema.parse(id) } });
    if (!before) throw new NotFoundError("Saved reply not found");
    await tx.savedReply.delete({ where: { id: before.id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "saved_reply.delete",
        targetType: "saved_reply",
        targetId: before.id,
        before,
      },
      tx,
    );
  });
}
