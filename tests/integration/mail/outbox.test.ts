// The mail outbox against a real SMTP server: each mail delivered once while two workers run at
// the same time, a refused attempt retried after its backoff, a permanent refusal given up,
// and one-time links wiped from the stored body after delivery.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { db, MailStatus } from "@/lib/db";
import { deliverOutbox, mailBackoffMs } from "@/lib/mail/deliver-outbox";
import { queueMail } from "@/lib/mail/outbox";
import { renderMail } from "@/lib/mail/render";
import { fileTransport, smtpTransport } from "@/lib/mail/transport";
import { startTestSmtp, type TestSmtp } from "../../support/smtp";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.mailOutbox.deleteMany();
  smtp.received.length = 0;
});

const mail = (n: number) =>
  renderMail({ subject: `Mail ${n}`, paragraphs: [`Body <b>${n}</b>`] }, "en", "Upline");

it("two workers at once deliver each of 30 mails exactly once", async () => {
  for (let n = 0; n < 30; n++) await queueMail({ to: `user${n}@test.dev`, kind: "deposit", mail: mail(n) });
  const workers = ["worker-a", "worker-b"].map((workerId) => ({
    workerId,
    transport: smtpTransport(smtp.url),
  }));
  const runs = await Promise.all(workers.map((w) => deliverOutbox({ ...w, limit: 50 })));
  workers.forEach((w) => w.transport.close());

  expect(runs[0].sent + runs[1].sent).toBe(30);
  expect(runs[0].sent).toBeGreaterThan(0);
  expect(runs[1].sent).toBeGreaterThan(0);
  const recipients = smtp.received.flatMap((m) => m.to).sort();
  expect(recipients).toEqual(Array.from({ length: 30 }, (_, n) => `user${n}@test.dev`).sort());
  expect(await db.mailOutbox.count({ where: { status: MailStatus.SENT } })).toBe(30);
  // A later run finds nothing to send.
  expect(await deliverOutbox({ transport: smtpTransport(smtp.url) })).toEqual({
    sent: 0,
    retrying: 0,
    failed: 0,
  });
  expect(smtp.received).toHaveLength(30);
});

it("a temporary SMTP refusal is retried after the backoff, and then delivered once", async () => {
  const { id } = await queueMail({ to: "retry@test.dev", kind: "ticket_answer", mail: mail(1) });
  smtp.refuse(451);
  const now = new Date();
  const transport = smtpTransport(smtp.url);
  expect(await deliverOutbox({ now, transport })).toEqual({ sent: 0, retrying: 1, failed: 0 });
  const waiting = await db.mailOutbox.findUniqueOrThrow({ where: { id } });
  expect(waiting).toMatchObject({ status: MailStatus.PENDING, tries: 1, claimedBy: null });
  expect(waiting.lastError).toContain("451");
  expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + mailBackoffMs(1));

  // Not due yet: nothing is attempted.
  expect(await deliverOutbox({ now: new Date(now.getTime() + 1_000), transport })).toEqual({
    sent: 0,
    retrying: 0,
    failed: 0,
  });
  expect(await deliverOutbox({ now: waiting.nextAttemptAt, transport })).toEqual({
    sent: 1,
    retrying: 0,
    failed: 0,
  });
  transport.close();
  expect(smtp.received.map((m) => m.to)).toEqual([["retry@test.dev"]]);
  expect(await db.mailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: MailStatus.SENT,
    tries: 2,
    lastError: null,
  });
});

it("a permanent refusal (5xx) is given up at once; a claim left by a dead worker is taken over", async () => {
  const refused = await queueMail({ to: "nobody@test.dev", kind: "deposit", mail: mail(2) });
  smtp.refuse(550);
  const transport = smtpTransport(smtp.url);
  expect(await deliverOutbox({ transport })).toEqual({ sent: 0, retrying: 0, failed: 1 });
  expect(await db.mailOutbox.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
    status: MailStatus.FAILED,
    tries: 1,
  });

  const orphan = await queueMail({ to: "orphan@test.dev", kind: "deposit", mail: mail(3) });
  const now = new Date();
  await db.mailOutbox.update({
    where: { id: orphan.id },
    data: {
      status: MailStatus.SENDING,
      claimedBy: "dead-worker",
      claimUntil: new Date(now.getTime() + 60_000),
    },
  });
  expect((await deliverOutbox({ now, transport })).sent).toBe(0);
  expect((await deliverOutbox({ now: new Date(now.getTime() + 61_000), transport })).sent).toBe(1);
  transport.close();
  expect(smtp.received.map((m) => m.to)).toEqual([["orphan@test.dev"]]);
});

it("a queued mail carries text and HTML; a one-time link is wiped from the row once sent; dedupe keys queue once", async () => {
  const parts = {
    subject: "Reset",
    paragraphs: ["Hi <script>alert(1)</script>"],
    action: { label: "Go", url: "http://localhost/reset-password?token=SECRET-TOKEN" },
  };
  const rendered = renderMail(parts, "en", "Upline");
  expect(rendered.html).toContain("Hi &lt;script&gt;");
  expect(rendered.html).not.toContain("<script>");
  expect(rendered.text).toContain("Go: http://localhost/reset-password?token=SECRET-TOKEN");
  const { id } = await queueMail({ to: "reset@test.dev", kind: "password_reset", mail: rendered });
  const transport = smtpTransport(smtp.url);
  await deliverOutbox({ transport });
  transport.close();
  const raw = smtp.received[0].raw;
  expect(raw).toContain("text/plain");
  expect(raw).toContain("text/html");
  const row = await db.mailOutbox.findUniqueOrThrow({ where: { id } });
  expect(row.text + row.html).not.toContain("SECRET-TOKEN");

  const first = await queueMail({
    to: "a@test.dev",
    kind: "deposit",
    mail: mail(4),
    dedupeKey: "deposit:test:1",
  });
  const second = await queueMail({
    to: "a@test.dev",
    kind: "deposit",
    mail: mail(4),
    dedupeKey: "deposit:test:1",
  });
  expect(first).toMatchObject({ queued: true });
  expect(second).toEqual({ id: first.id, queued: false });
});

it("without SMTP, a mail is written to an .eml file readable by its owner only", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "upline-mail-"));
  await queueMail({ to: "file@test.dev", kind: "deposit", mail: mail(5) });
  expect((await deliverOutbox({ transport: fileTransport(folder) })).sent).toBe(1);
  const [file] = readdirSync(folder);
  expect(file).toMatch(/\.eml$/);
  expect(readFileSync(path.join(folder, file), "utf8")).toContain("To: file@test.dev");
  expect(statSync(path.join(folder, file)).mode & 0o777).toBe(0o600);
});
