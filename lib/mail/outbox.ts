// Queuing a mail: one MailOutbox row, written in the caller's transaction, so a mail exists
// exactly when what caused it was committed. The outbox job sends it (deliver-outbox.ts).
import { db, type Tx } from "../db";
import type { RenderedMail } from "./render";

export type MailKind = "password_reset" | "verify_email" | "deposit" | "ticket_answer" | "order_final";

/** Mails whose body holds a one-time link: their body is wiped once delivered or given up. */
export const SENSITIVE_KINDS: readonly MailKind[] = ["password_reset", "verify_email"];

export type QueueMailInput = { to: string; kind: MailKind; mail: RenderedMail; dedupeKey?: string };

/** Queues a mail; with a dedupeKey, a second call for the same event queues nothing. */
export async function queueMail(
  input: QueueMailInput,
  tx: Tx = db,
): Promise<{ id: number; queued: boolean }> {
  if (input.dedupeKey) {
    // Checked before the insert: on PostgreSQL a unique violation would abort the caller's transaction.
    const existing = await tx.mailOutbox.findUnique({
      where: { dedupeKey: input.dedupeKey },
      select: { id: true },
    });
    if (existing) return { id: existing.id, queued: false };
  }
  const row = await tx.mailOutbox.create({
    data: {
      to: input.to,
      kind: input.kind,
      dedupeKey: input.dedupeKey,
      subject: input.mail.subject,
      text: input.mail.text,
      html: input.mail.html,
    },
    select: { id: true },
  });
  return { id: row.id, queued: true };
}
