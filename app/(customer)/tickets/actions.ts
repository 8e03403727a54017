"use server";
import { revalidatePath } from "next/cache";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";
import { closeOwnTicket, openTicket, reopenOwnTicket, replyAsCustomer } from "@/lib/tickets/customer-tickets";
import { openTicketSchema, ticketId, type OpenTicketInput } from "@/lib/tickets/ticket-input";

export async function openTicketAction(input: OpenTicketInput) {
  return runAction("openTicket", async () => {
    const user = await assertUser();
    const ticket = await openTicket(user.id, openTicketSchema.parse(input));
    revalidatePath("/tickets");
    return ticket;
  });
}

export async function replyTicketAction(id: number, body: string) {
  return runAction("replyTicket", async () => {
    const user = await assertUser();
    await replyAsCustomer(user.id, ticketId.parse(id), String(body ?? ""));
    revalidatePath(`/tickets/${id}`);
  });
}

export async function closeTicketAction(id: number) {
  return runAction("closeTicket", async () => {
    const user = await assertUser();
    await closeOwnTicket(user.id, ticketId.parse(id));
    revalidatePath(`/tickets/${id}`);
  });
}

export async function reopenTicketAction(id: number) {
  return runAction("reopenTicket", async () => {
    const user = await assertUser();
    await reopenOwnTicket(user.id, ticketId.parse(id));
    revalidatePath(`/tickets/${id}`);
  });
}
