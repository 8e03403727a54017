// The outbox job: sends due mails, each by one worker. A worker claims a row with one guarded
// write (PENDING and due, or SENDING with an expired claim -> SENDING, claimedBy, claimUntil),
// so with any number of instances a mail is handed to SMTP once per attempt. A failed attempt
// waits with backoff (1, 2, 4 ... 60 min); an SMTP 5xx or the last try marks it FAILED.
import { db, MailStatus } from "../db";
import { env } from "../env.mjs";
import { INSTANCE_ID } from "../jobs/lease";
import type { Job } from "../jobs/job";
import { log } from "../log";
import { SENSITIVE_KINDS, type MailKind } from "./outbox";
import { createMailTransport, isPermanentMailError, type MailTransport } from "./transport";

export const MAX_MAIL_TRIES = 8;
const CLAIM_MS = 2 * 60_000;
const BATCH = 20;

/** Wait before the next attempt after `tries` failed ones: 1 min, 2, 4 ... at most 60. */
export function mailBackoffMs(tries: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, tries - 1), 60 * 60_000);
}

export type DeliverOptions = { now?: Date; workerId?: string; transport?: MailTransport; limit?: number };
export type DeliverResult = { sent: number; retrying: number; failed: number };

const due = (now: Date) => ({
  OR: [
    { status: MailStatus.PENDING, nextAttemptAt: { lte: now } },
    { status: MailStatus.SENDING, claimUntil: { lt: now } }, // its worker died mid-send
  ],
});

const REDACTED = "[removed after delivery: it held a one-time link]";
const wipe = (kind: string) =>
  SENSITIVE_KINDS.includes(kind as MailKind) ? { text: REDACTED, html: REDACTED } : {};

export async function deliverOutbox(options: DeliverOptions = {}): Promise<DeliverResult> {
  const now = options.now ?? new Date();
  const workerId = options.workerId ?? INSTANCE_ID;
  const result: DeliverResult = { sent: 0, retrying: 0, failed: 0 };
  const candidates = await db.mailOutbox.findMany({
    where: due(now),
    select: { id: true },
    orderBy: { id: "asc" },
    take: options.limit ?? BATCH,
  });
  if (candidates.length === 0) return result;

  const transport = options.transport ?? createMailTransport();
  try {
    for (const { id } of candidates) {
      const claimed = await db.mailOutbox.updateMany({
        where: { id, ...due(now) },
        data: {
          status: MailStatus.SENDING,
          claimedBy: workerId,
          claimUntil: new Date(now.getTime() + CLAIM_MS),
          tries: { increment: 1 },
        },
      });
      if (claimed.count === 0) continue; // another worker has it
      const mail = await db.mailOutbox.findUniqueOrThrow({ where: { id } });
      const mine = { id, status: MailStatus.SENDING, claimedBy: workerId };
      const release = { claimedBy: null, claimUntil: null };
      try {
        await transport.send(mail);
        await db.mailOutbox.updateMany({
          where: mine,
          data: {
            ...release,
            ...wipe(mail.kind),
            status: MailStatus.SENT,
            sentAt: new Date(),
            lastError: null,
          },
        });
        result.sent++;
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const giveUp = isPermanentMailError(error) || mail.tries >= MAX_MAIL_TRIES;
        await db.mailOutbox.updateMany({
          where: mine,
          data: giveUp
            ? { ...release, ...wipe(mail.kind), status: MailStatus.FAILED, lastError: reason }
            : {
                ...release,
                status: MailStatus.PENDING,
                lastError: reason,
                nextAttemptAt: new Date(now.getTime() + mailBackoffMs(mail.tries)),
              },
        });
        log.warn(giveUp ? "mail failed for good" : "mail not sent; will retry", {
          mailId: id,
          kind: mail.kind,
          tries: mail.tries,
          reason,
        });
        if (giveUp) result.failed++;
        else result.retrying++;
      }
    }
  } finally {
    if (!options.transport) transport.close();
  }
  return result;
}

const fast = env.DEMO_PROVIDER_SPEED === "fast";

export const mailJob: Job = {
  name: "mail.outbox",
  intervalMs: () => (fast ? 1_000 : 5_000),
  run: () => deliverOutbox(),
};
