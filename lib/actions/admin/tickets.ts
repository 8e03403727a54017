"use server";
// Staff side of support: replies, assignment, status, and the saved replies.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  assignTicket,
  deleteSavedReply,
  replyAsStaff,
  saveSavedReply,
  setTicketStatus,
} from "@/lib/tickets/admin-tickets";
import { savedReplySchema, staffReplySchema, TICKET_STATUSES } from "@/lib/tickets/ticket-input";
import { idSchema } from "@/lib/validations/id";
import { adminAction } from "../safe-action";

const refresh = (id?: number) => {
  revalidatePath("/admin/tickets");
  if (id) revalidatePath(`/admin/tickets/${id}`);
};

export const replyTicketAsStaffAction = adminAction(
  "admin.replyTicket",
  [idSchema, staffReplySchema],
  async (who, id, input) => {
    await replyAsStaff(who, id, input);
    refresh(id);
  },
);

export const assignTicketAction = adminAction(
  "admin.assignTicket",
  [idSchema, idSchema.nullable()],
  async (who, id, assigneeId) => {
    await assignTicket(who, id, assigneeId);
    refresh(id);
  },
);

export const setTicketStatusAction = adminAction(
  "admin.setTicketStatus",
  [idSchema, z.string().pipe(z.enum(TICKET_STATUSES))],
  async (who, id, status) => {
    await setTicketStatus(who, id, status);
    refresh(id);
  },
);

export const saveSavedReplyAction = adminAction(
  "admin.saveSavedReply",
  [idSchema.nullable(), savedReplySchema],
  async (who, id, input) => {
    const saved = await saveSavedReply(who, id, input);
    revalidatePath("/admin/tickets/saved-replies");
    return saved;
  },
);

export const deleteSavedReplyAction = adminAction("admin.deleteSavedReply", [idSchema], async (who, id) => {
  await deleteSavedReply(who, id);
  revalidatePath("/admin/tickets/saved-replies");
});
