"use server";
// The customer's support tickets: open, reply, close and reopen their own.
import { revalidatePath } from "next/cache";
import { closeOwnTicket, openTicket, reopenOwnTicket, replyAsCustomer } from "@/lib/tickets/customer-tickets";
import { openTicketSchema } from "@/lib/tickets/ticket-input";
import { idSchema } from "@/lib/validations/id";
import { customerAction, parsedByDomain } from "../safe-action";

export const openTicketAction = customerAction("openTicket", [openTicketSchema], async (user, input) => {
  const ticket = await openTicket(user.id, input);
  revalidatePath("/tickets");
  return ticket;
});

// replyAsCustomer parses the message itself (its length and emptiness have their own messages).
export const replyTicketAction = customerAction(
  "replyTicket",
  [idSchema, parsedByDomain<string>()],
  async (user, id, body) => {
    await replyAsCustomer(user.id, id, String(body ?? ""));
    revalidatePath(`/tickets/${id}`);
  },
);

export const closeTicketAction = customerAction("closeTicket", [idSchema], async (user, id) => {
  await closeOwnTicket(user.id, id);
  revalidatePath(`/tickets/${id}`);
});

export const reopenTicketAction = customerAction("reopenTicket", [idSchema], async (user, id) => {
  await reopenOwnTicket(user.id, id);
  revalidatePath(`/tickets/${id}`);
});
