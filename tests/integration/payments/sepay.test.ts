// SePay bank transfers end to end over HTTP: signed webhooks from the SePay sender reach the
// panel's route; a transfer credits its deposit once however often it is delivered; forged,
// stale, foreign and malformed deliveries change no balance; odd amounts follow the owner's
// setting and the admin queue resolves them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, DepositStatus, LedgerType, Role, TransferStatus } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { reverseDeposit } from "@/lib/ledger/reverse-deposit";
import { renderMetrics } from "@/lib/metrics/render-metrics";
import { createCoupon } from "@/lib/payments/coupons";
import { createBonusRule } from "@/lib/payments/bonus-rules";
import { createDeposit } from "@/lib/payments/create-deposit";
import { reverseTransfer } from "@/lib/payments/credit";
import { expireDeposits } from "@/lib/payments/jobs";
import { recheckDeposit } from "@/lib/payments/recheck";
import { sendSepayWebhook, sepayPayload, type SepayTamper } from "@/lib/payments/simulator/sepay-sender";
import { assignTransfer, markTransferHandled } from "@/lib/payments/transfer-queue";
import { balanceOf, configureSepay, makeUser, SEPAY, servePanel, type PanelServer } from "./support";

let panel: PanelServer;
let admin: { id: number };
const creds = { apiKey: SEPAY.apiKey, hmacSecret: SEPAY.hmacSecret };

beforeAll(async () => {
  panel = await servePanel();
  admin = await makeUser(Role.ADMIN);
  await configureSepay(admin);
});
afterAll(() => panel.close());

async function depositFor(amount = "10") {
  const user = await makeUser();
  const deposit = await createDeposit(user.id, { gateway: "sepay", amount });
  return { user, deposit };
}

function transfer(
  content: string,
  amount: number | string,
  extra: Partial<Parameters<typeof sepayPayload>[0]> = {},
) {
  return sepayPayload({ accountNumber: SEPAY.account, amount, content, ...extra });
}

describe("SePay webhook", () => {
  it("asks for the amount in VND at the owner's rate and gives each deposit its own memo", async () => {
    const { deposit } = await depositFor("10");
    const other = await depositFor("10");
    expect(deposit).toMatchObject({
      amount: 1_000_000n,
      payAmount: "250000",
      payCurrency: "VND",
      status: "PENDING",
    });
    expect(deposit.code).toMatch(/^UPL\d{8}$/);
    expect(other.deposit.code).not.toBe(deposit.code);
  });

  /** upline_deposits_credited_total{method="sepay"} as the metrics page shows it now. */
  async function sepayCreditsCounted(): Promise<number> {
    const match = /^upline_deposits_credited_total\{method="sepay"\} (\d+)$/m.exec(
      (await renderMetrics()).body,
    );
    return match ? Number(match[1]) : 0;
  }

  it("credits a transfer once when the same webhook arrives 10 times in a row", async () => {
    const counted = await sepayCreditsCounted();
    const { user, deposit } = await depositFor("10");
    const payload = transfer(`MBVCB.123 ${deposit.code.toLowerCase()} chuyen tien`, 250000);
    for (let i = 0; i < 10; i++) {
      const answer = await sendSepayWebhook(panel.sepayUrl, payload, creds);
      expect(answer).toEqual({ status: 200, body: { success: true } });
    }
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    const ledger = await db.ledgerEntry.findMany({ where: { userId: user.id } });
    expect(ledger.map((e) => [e.type, e.amount, e.depositId, e.idempotencyKey])).toEqual([
      [LedgerType.DEPOSIT, 1_000_000n, deposit.id, `transfer:sepay:${payload.id}`],
    ]);
    expect(await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({
      status: DepositStatus.CREDITED,
      credited: 1_000_000n,
    });
    const exchanges = await db.gatewayExchange.findMany({ where: { depositId: deposit.id } });
    expect(exchanges.map((e) => e.outcome)).toEqual(["credited", ...Array(9).fill("duplicate")]);
    expect(await sepayCreditsCounted()).toBe(counted + 1);
  });

  it("credits once when 50 identical deliveries arrive at the same time", async () => {
    const { user, deposit } = await depositFor("10");
    const payload = transfer(`${deposit.code}`, 250000);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => sendSepayWebhook(panel.sepayUrl, payload, creds)),
    );
    expect(answers.map((a) => a.status).filter((status) => status !== 200)).toEqual([]);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect(await db.ledgerEntry.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.gatewayTransfer.count({ where: { externalId: String(payload.id) } })).toBe(1);
  });

  it.each<[SepayTamper]>([["forged-signature"], ["wrong-key"], ["stale-timestamp"], ["no-auth"]])(
    "refuses a %s delivery with 401 and changes nothing",
    async (tamper) => {
      const { user, deposit } = await depositFor("10");
      const payload = transfer(deposit.code, 250000);
      const answer = await sendSepayWebhook(panel.sepayUrl, payload, { ...creds, tamper });
      expect(answer.status).toBe(401);
      expect(await balanceOf(user.id)).toBe(0n);
      expect(await db.gatewayTransfer.count({ where: { externalId: String(payload.id) } })).toBe(0);
      const logged = await db.gatewayExchange.findFirstOrThrow({
        where: { gateway: "sepay", httpStatus: 401 },
        orderBy: { id: "desc" },
      });
      expect(logged.outcome).toMatch(/^refused/);
      // The genuine delivery of the same transfer still credits afterwards.
      expect((await sendSepayWebhook(panel.sepayUrl, payload, creds)).status).toBe(200);
      expect(await balanceOf(user.id)).toBe(1_000_000n);
    },
  );

  it("acknowledges outgoing, foreign-account and malformed deliveries without crediting", async () => {
    const { user, deposit } = await depositFor("10");
    const out = transfer(deposit.code, 250000, { transferType: "out" });
    const foreign = transfer(deposit.code, 250000, { accountNumber: "999999999" });
    for (const payload of [out, foreign])
      expect(await sendSepayWebhook(panel.sepayUrl, payload, creds)).toEqual({
        status: 200,
        body: { success: true },
      });
    expect(await sendSepayWebhook(panel.sepayUrl, {}, { ...creds, tamper: "malformed" })).toEqual({
      status: 200,
      body: { success: true },
    });
    expect(
      await sendSepayWebhook(
        panel.sepayUrl,
        {},
        { ...creds, rawBody: JSON.stringify({ id: "x", transferAmount: -5 }) },
      ),
    ).toEqual({ status: 200, body: { success: true } });
    expect(await balanceOf(user.id)).toBe(0n);
    expect(
      await db.gatewayTransfer.count({ where: { externalId: { in: [String(out.id), String(foreign.id)] } } }),
    ).toBe(0);
    const outcomes = (await db.gatewayExchange.findMany({ orderBy: { id: "desc" }, take: 4 })).map(
      (e) => e.outcome,
    );
    expect(outcomes).toEqual([
      "malformed",
      "malformed",
      "ignored: another account",
      "ignored: not an incoming transfer",
    ]);
  });

  it.each(["250.000", "250,000", "250 000", "2.5e5", "250000đ"])(
    "queues a transfer whose amount is the text %j with that raw text, credits nothing (#23 item 6)",
    async (raw) => {
      const { user, deposit } = await depositFor("10"); // asks for 250000 VND
      const payload = { ...transfer(`IBFT ${deposit.code}`, 0), transferAmount: raw };
      expect(await sendSepayWebhook(panel.sepayUrl, payload, creds)).toEqual({
        status: 200,
        body: { success: true },
      });
      const queued = await db.gatewayTransfer.findMany({
        where: { gateway: "sepay", externalId: String(payload.id) },
        select: { status: true, reason: true, amount: true, grossAmount: true, depositId: true },
      });
      expect(queued).toEqual([
        {
          status: TransferStatus.QUEUED,
          reason: "unreadable_amount",
          amount: 0n,
          grossAmount: raw,
          depositId: deposit.id,
        },
      ]);
      expect(await balanceOf(user.id)).toBe(0n);
    },
  );

  it("an admin credits an unreadable transfer with the amount read from the bank statement, once", async () => {
    const { user, deposit } = await depositFor("10");
    const payload = { ...transfer(`IBFT ${deposit.code}`, 0), transferAmount: "250.000" };
    await sendSepayWebhook(panel.sepayUrl, payload, creds);
    const queued = await db.gatewayTransfer.findUniqueOrThrow({
      where: { gateway_externalId: { gateway: "sepay", externalId: String(payload.id) } },
    });
    await expect(assignTransfer(queued.id, { email: user.email }, admin)).rejects.toThrow(
      "Enter the amount that arrived, read from the bank statement",
    );
    expect(await assignTransfer(queued.id, { email: user.email, amount: "10" }, admin)).toMatchObject({
      applied: true,
      credited: 1_000_000n,
    });
    await expect(assignTransfer(queued.id, { email: user.email, amount: "10" }, admin)).rejects.toThrow(
      "This transfer was already credited",
    );
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(
      DepositStatus.CREDITED,
    );
  });

  it("credits an amount written as a plain digit string", async () => {
    const { user, deposit } = await depositFor("10");
    const payload = { ...transfer(`IBFT ${deposit.code}`, 0), transferAmount: "250000" };
    await sendSepayWebhook(panel.sepayUrl, payload, creds);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
  });

  it("queues a transfer with an unknown memo; an admin assigns it to a customer, once, audited", async () => {
    const user = await makeUser();
    const payload = transfer("NAP TIEN UPL99999999 cam on", 125000);
    expect((await sendSepayWebhook(panel.sepayUrl, payload, creds)).status).toBe(200);
    const queued = await db.gatewayTransfer.findUniqueOrThrow({
      where: { gateway_externalId: { gateway: "sepay", externalId: String(payload.id) } },
    });
    expect(queued).toMatchObject({
      status: TransferStatus.QUEUED,
      reason: "unmatched",
      amount: 500_000n,
      grossAmount: "125000",
      depositId: null,
    });

    const assigned = await assignTransfer(
      queued.id,
      { email: user.email },
      { id: admin.id, ip: "198.51.100.7" },
    );
    expect(assigned).toMatchObject({ applied: true, credited: 500_000n });
    await expect(assignTransfer(queued.id, { email: user.email }, { id: admin.id })).rejects.toThrow(
      "This transfer was already credited",
    );
    await expect(markTransferHandled(queued.id, { note: "duplicate" }, { id: admin.id })).rejects.toThrow(
      "already credited",
    );
    expect(await balanceOf(user.id)).toBe(500_000n);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "transfer.assign", targetId: String(queued.id) },
    });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "198.51.100.7" });
  });

  it("holds under- and overpaid transfers when the owner says hold; the admin resolves them", async () => {
    await configureSepay(admin, { differentAmount: "hold" });
    const under = await depositFor("10");
    const over = await depositFor("10");
    await sendSepayWebhook(panel.sepayUrl, transfer(under.deposit.code, 200000), creds);
    await sendSepayWebhook(panel.sepayUrl, transfer(over.deposit.code, 300000), creds);
    expect(await balanceOf(under.user.id)).toBe(0n);
    expect(await balanceOf(over.user.id)).toBe(0n);
    const held = await db.gatewayTransfer.findMany({
      where: { depositId: { in: [under.deposit.id, over.deposit.id] } },
      orderBy: { id: "asc" },
    });
    expect(held.map((t) => [t.reason, t.status, t.amount])).toEqual([
      ["underpaid", "QUEUED", 800_000n],
      ["overpaid", "QUEUED", 1_200_000n],
    ]);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: under.deposit.id } })).status).toBe(
      DepositStatus.REVIEW,
    );

    await assignTransfer(held[0].id, { email: under.user.email }, { id: admin.id });
    expect(await balanceOf(under.user.id)).toBe(800_000n);
    expect(await db.deposit.findUniqueOrThrow({ where: { id: under.deposit.id } })).toMatchObject({
      status: DepositStatus.CREDITED,
      credited: 800_000n,
    });
    await markTransferHandled(held[1].id, { note: "refunded the customer by bank" }, { id: admin.id });
    expect(await db.gatewayTransfer.findUniqueOrThrow({ where: { id: held[1].id } })).toMatchObject({
      status: TransferStatus.HANDLED,
      resolvedById: admin.id,
    });
    expect(await balanceOf(over.user.id)).toBe(0n);
  });

  it("credits what arrived when the owner says credit", async () => {
    await configureSepay(admin, { differentAmount: "credit" });
    const over = await depositFor("10");
    await sendSepayWebhook(panel.sepayUrl, transfer(over.deposit.code, 300000), creds);
    expect(await balanceOf(over.user.id)).toBe(1_200_000n);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: over.deposit.id } })).credited).toBe(
      1_200_000n,
    );
    await configureSepay(admin, { differentAmount: "hold" });
  });

  it("still credits a transfer that arrives after the deposit expired", async () => {
    const { user, deposit } = await depositFor("10");
    expect(await expireDeposits(new Date(Date.now() + 24 * 3_600_000))).toBeGreaterThan(0);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(
      DepositStatus.EXPIRED,
    );
    await sendSepayWebhook(panel.sepayUrl, transfer(deposit.code, 250000), creds);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe(
      DepositStatus.CREDITED,
    );
  });

  it("queues a second payment for an already credited deposit instead of crediting it twice", async () => {
    const { user, deposit } = await depositFor("10");
    await sendSepayWebhook(panel.sepayUrl, transfer(deposit.code, 250000), creds);
    await sendSepayWebhook(panel.sepayUrl, transfer(deposit.code, 250000), creds);
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    const second = await db.gatewayTransfer.findFirstOrThrow({
      where: { depositId: deposit.id, status: TransferStatus.QUEUED },
    });
    expect(second).toMatchObject({ reason: "already_credited", userId: user.id });
  });

  it("adds the bonus rule and the coupon as their own ledger rows; a reversal takes all three back once", async () => {
    await createBonusRule({ minAmount: "5", percent: "5" }, admin);
    await createBonusRule({ minAmount: "100", percent: "10" }, admin);
    await createCoupon({ code: "WELCOME2", kind: "fixed", value: "2", maxUses: "1" }, admin);
    const user = await makeUser();
    const deposit = await createDeposit(user.id, { gateway: "sepay", amount: "20", coupon: "welcome2" });
    const late = await makeUser();
    await expect(createDeposit(late.id, { gateway: "sepay", amount: "20", coupon: "NOPE" })).rejects.toThrow(
      "This coupon does not exist",
    );
    const payload = transfer(deposit.code, 500000);
    await sendSepayWebhook(panel.sepayUrl, payload, creds);
    const rows = await db.ledgerEntry.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.type, r.amount])).toEqual([
      [LedgerType.DEPOSIT, 2_000_000n],
      [LedgerType.DEPOSIT_BONUS, 100_000n],
      [LedgerType.COUPON, 200_000n],
    ]);
    // Used up: the next customer is told so, and a second use by the same customer is refused.
    await expect(
      createDeposit(late.id, { gateway: "sepay", amount: "20", coupon: "WELCOME2" }),
    ).rejects.toThrow("This coupon has been used up");

    const transferRow = await db.gatewayTransfer.findFirstOrThrow({
      where: { externalId: String(payload.id) },
    });
    expect((await reverseTransfer(transferRow.id, admin, "chargeback")).reversed).toBe(2_300_000n);
    expect((await reverseTransfer(transferRow.id, admin, "again")).reversed).toBe(0n);
    // The ledger's own reversal path (lib/ledger/reverse-deposit.ts) shares the key: no second reversal.
    const depositRow = rows[0];
    await expect(reverseDeposit(depositRow.id, "again", admin)).rejects.toThrow(
      "This deposit was already reversed",
    );
    expect(await balanceOf(user.id)).toBe(0n);
    await db.depositBonusRule.updateMany({ data: { active: false } });
  });

  it("re-check finds a queued transfer carrying the deposit's memo and credits its owner", async () => {
    const user = await makeUser();
    // The customer wrote the memo, but the deposit row is created after the transfer was queued.
    const deposit = await createDeposit(user.id, { gateway: "sepay", amount: "10" });
    const queuedTransfer = await db.gatewayTransfer.create({
      data: {
        gateway: "sepay",
        externalId: "recheck-1",
        amount: 1_000_000n,
        grossAmount: "250000",
        currency: "VND",
        rate: "25000",
        content: `ck ${deposit.code}`,
        reason: "unmatched",
      },
    });
    expect(await recheckDeposit(deposit.id, admin)).toEqual({ outcome: "credited" });
    expect(await balanceOf(user.id)).toBe(1_000_000n);
    expect((await db.gatewayTransfer.findUniqueOrThrow({ where: { id: queuedTransfer.id } })).status).toBe(
      TransferStatus.CREDITED,
    );
  });

  it("keeps no secret in the stored exchanges and balances agree with the ledger", async () => {
    const bodies = await db.gatewayExchange.findMany({ select: { body: true } });
    expect(bodies.length).toBeGreaterThan(10);
    for (const { body } of bodies) {
      expect(body).not.toContain(SEPAY.apiKey);
      expect(body).not.toContain(SEPAY.hmacSecret);
    }
    expect(await findLedgerDifferences()).toEqual([]);
  });
});
