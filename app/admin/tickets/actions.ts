"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/http/action-result";
import { assignTicket, deleteSavedReply, replyAsStaff, saveSavedReply, setTicketStatus } from "@/lib/tickets/admin-tickets";
import { savedReplySchema, staffReplySchema, TICKET_STATUSES, ticketId, type SavedReplyInput, type StaffReplyInput } from "@/lib/tickets/ticket-input";

const refresh = (id?: number) => {
  revalidatePath("/admin/tickets");
  if (id) revalidatePath(`/admin/tickets/${id}`);
};

export async function replyTicketAsStaffAction(id: number, input: StaffReplyInput) {
  return runAction("admin.replyTicket", async () => {
    const who = await adminActor();
    await replyAsStaff(who, ticketId.parse(id), staffReplySchema.parse(input));
    refresh(id);
  });
}

export async function assignTicketAction(id: number, assigneeId: number | null) {
  return runAction("admin.assignTicket", async () => {
    const who = await adminActor();
    await assignTicket(who, ticketId.parse(id), assigneeId === null ? null : ticketId.parse(assigneeId));
    refresh(id);
  });
}

export async function setTicketStatusAction(id: number, status: string) {
  return runAction("admin.setTicketStatus", async () => {
    const who = await adminActor();
    await setTicketStatus(who, ticketId.parse(id), z.enum(TICKET_STATUSES).parse(status));
    refresh(id);
  });
}

export async function saveSavedReplyAction(id: number | null, input: SavedReplyInput) {
  return runAction("admin.saveSavedReply", async () => {
    const who = await adminActor();
    const saved = await saveSavedReply(who, id === null ? null : ticketId.parse(id), savedReplySchema.parse(input));
    revalidatePath("/admin/tickets/saved-replies");
    return saved;
  });
}

export async function deleteSavedReplyAction(id: number) {
  return runAction("admin.deleteSavedReply", async () => {
    const who = await adminActor();
    await deleteSavedReply(who, ticketId.parse(id));
    revalidatePath("/admin/tickets/saved-replies");
  });
}
