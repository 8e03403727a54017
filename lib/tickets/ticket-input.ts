// Ticket inputs, shared by the forms, the server actions and the domain functions. Text is kept
// as plain text: control characters go, line breaks stay, and pages show it escaped.
import { z } from "zod";

export const TICKET_KINDS = ["ORDER", "PAYMENT", "OTHER"] as const;
export const TICKET_STATUSES = ["OPEN", "ANSWERED", "AWAITING_CUSTOMER", "CLOSED"] as const;
export const MAX_TICKET_ORDERS = 20;

/** Plain text as stored: no control characters but newlines and tabs, \r\n as \n, trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, "")
    .trim();
}

const text = (min: number, max: number, label: string) =>
  z
    .string()
    .max(max * 2, `${label} is too long (at most ${max} characters)`)
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, `${label} is too short`)
        .max(max, `${label} is too long (at most ${max} characters)`),
    );

export const messageBody = text(2, 5_000, "The message");

/** "12, 34 #56" or [12, 34]: order ids, deduplicated. */
export const orderIdsSchema = z
  .union([z.string().max(500), z.array(z.coerce.number())])
  .transform((v) => (typeof v === "string" ? (v.match(/\d+/g) ?? []).map(Number) : v))
  .pipe(
    z
      .array(z.number().int().positive().max(2_147_483_647, "Incorrect order ID"))
      .max(MAX_TICKET_ORDERS, `At most ${MAX_TICKET_ORDERS} orders per ticket`),
  )
  .transform((ids) => [...new Set(ids)]);

export const openTicketSchema = z.object({
  subject: text(3, 120, "The subject"),
  kind: z.enum(TICKET_KINDS),
  orderIds: orderIdsSchema.default([]),
  message: messageBody,
});
export type OpenTicketInput = z.input<typeof openTicketSchema>;

export const staffReplySchema = z.object({
  body: messageBody,
  status: z.enum(["ANSWERED", "AWAITING_CUSTOMER", "CLOSED"]).default("ANSWERED"),
});
export type StaffReplyInput = z.input<typeof staffReplySchema>;

export const savedReplySchema = z.object({ title: text(1, 80, "The title"), body: messageBody });
export type SavedReplyInput = z.input<typeof savedReplySchema>;
