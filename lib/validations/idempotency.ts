// The idempotency token a money-moving form is drawn with (new order, mass order, balance
// adjustment). The form sends it in a hidden field; the server keys the money movement on it
// (an order's requestId, a ledger row's idempotencyKey), so a double click or a resent request
// answers with the first result. Client-safe.
import { z } from "zod";

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{16,64}$/, "This form expired; reload the page and try again")
  .optional();

/** A fresh token: one per form, drawn again after each success. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
