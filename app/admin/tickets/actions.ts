"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertAdmin } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { requestIp } from "@/lib/http/request-ip";
import { assignTicket, deleteSavedReply, replyAsStaff, saveSavedReply, setTicketStatus } from "@/lib/tickets/admin-tickets";
import { savedReplySchema, staffReplySchema, TICKET_STATUSES, ticketId, type SavedReplyInput, type StaffReplyInput } from "@/lib/tickets/ticket-input";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

const refresh = (id?: number) => {
  revalidatePath("/admin/tickets");
  if (id) revalidatePath(`/admin/tickets/${id}`);
};

export async function replyTicketAsStaffAction(id: number, input: StaffReplyInput) {
  return runAction("admin.replyTicket", async () => {
    const who = await actor();
    await replyAsStaff(who, ticketId.parse(id), staffReplySchema.parse(input));
    refresh(id);
  });
}

export async function assignTicketAction(id: number, assigneeId: number | null) {
  return runAction("admin.assignTicket", async () => {
    const who = await actor();
    await assignTicket(who, ticketId.parse(id), assigneeId === null ? null : ticketId.parse(assigneeId));
    refresh(id);
  });
}

export async function setTicketStatusAction(id: number, status: string) {
  return runAction("admin.setTicketStatus", async () => {
    const who = await actor();
    await setTicketStatus(who, ticketId.parse(id), z.enum(TICKET_STATUSES).parse(status));
    refresh(id);
  });
}

export async function saveSavedReplyAction(id: number | null, input: SavedReplyInput) {
  return runAction("admin.saveSavedReply", async () => {
    const who = await actor();
    const saved = await saveSavedReply(who, id === null ? null : ticketId.parse(id), savedReplySchema.parse(input));
    revalidatePath("/admin/tickets/saved-replies");
    return saved;
  });
}

export async function deleteSavedReplyAction(id: number) {
  return runAction("admin.deleteSavedReply", async () => {
    const who = await actor();
    await deleteSavedReply(who, ticketId.parse(id));
    revalidatePath("/admin/tickets/saved-replies");
  });
}
