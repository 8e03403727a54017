// Property: any sequence of deposits, SePay deliveries (exact, under, over, unknown memo, forged,
// stale), replays (one at a time and in bursts), expiry, admin assignments and "handled" marks,
// and owner setting flips keeps every balance equal to its ledger, credits each gateway
// transaction at most once, and credits a deposit at most once.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db, LedgerType, Role, TransferStatus } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { createDeposit } from "@/lib/payments/create-deposit";
import { expireDeposits } from "@/lib/payments/jobs";
import { sendSepayWebhook, sepayPayload, type SepayTamper } from "@/lib/payments/simulator/sepay-sender";
import { assignTransfer, markTransferHandled } from "@/lib/payments/transfer-queue";
import { configureSepay, makeUser, SEPAY, servePanel, type PanelServer } from "./support";

let panel: PanelServer;
let admin: { id: number };
let customers: { id: number; email: string }[];
const creds = { apiKey: SEPAY.apiKey, hmacSecret: SEPAY.hmacSecret };

beforeAll(async () => {
  panel = await servePanel();
  admin = await makeUser(Role.ADMIN);
  await configureSepay(admin, { maxAmount: "500" });
  customers = [await makeUser(), await makeUser(), await makeUser()];
});
afterAll(() => panel.close());

type Command =
  | { op: "deposit"; who: number; amount: number }
  | { op: "pay"; pick: number; delta: -1 | 0 | 1; tamper: SepayTamper | null; unknownMemo: boolean }
  | { op: "replay"; pick: number; burst: number }
  | { op: "assign"; pick: number; who: number }
  | { op: "handle"; pick: number }
  | { op: "expire" }
  | { op: "policy"; credit: boolean };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("deposit" as const),
      who: fc.nat(2),
      amount: fc.integer({ min: 1, max: 400 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("pay" as const),
      pick: fc.nat(),
      delta: fc.constantFrom(-1 as const, 0 as const, 0 as const, 1 as const),
      tamper: fc.option(
        fc.constantFrom<SepayTamper>("forged-signature", "wrong-key", "stale-timestamp", "malformed"),
        { freq: 4 },
      ),
      unknownMemo: fc.boolean(),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("replay" as const),
      pick: fc.nat(),
      burst: fc.integer({ min: 1, max: 6 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("assign" as const), pick: fc.nat(), who: fc.nat(2) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("handle" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ op: "expire" as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("policy" as const), credit: fc.boolean() }), weight: 1 },
);

async function checkInvariants() {
  expect(await findLedgerDifferences()).toEqual([]);
  const credited = await db.gatewayTransfer.findMany({ where: { status: TransferStatus.CREDITED } });
  const deposits = await db.ledgerEntry.findMany({
    where: { type: LedgerType.DEPOSIT, idempotencyKey: { startsWith: "transfer:" } },
  });
  // One deposit ledger row per credited transfer, of the transfer's amount, for the transfer's user.
  expect(deposits.length).toBe(credited.length);
  const byKey = new Map(deposits.map((d) => [d.idempotencyKey, d]));
  for (const t of credited) {
    const row = byKey.get(`transfer:${t.gateway}:${t.externalId}`);
    expect(row?.amount).toBe(t.amount);
    expect(row?.userId).toBe(t.userId);
  }
  // A deposit is credited by at most one transfer.
  const perDeposit = await db.gatewayTransfer.groupBy({
    by: ["depositId"],
    where: { status: TransferStatus.CREDITED, depositId: { not: null } },
    _count: true,
  });
  for (const group of perDeposit) expect(group._count).toBe(1);
}

it("keeps balance = ledger and credits each transfer and each deposit at most once", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 22 }), async (commands) => {
      const mine: { id: number; code: string; payAmount: string }[] = [];
      const sent: object[] = [];
      for (const c of commands) {
        try {
          if (c.op === "deposit") {
            const d = await createDeposit(customers[c.who].id, {
              gateway: "sepay",
              amount: String(c.amount),
            });
            mine.push(d);
          } else if (c.op === "pay" && mine.length > 0) {
            const d = mine[c.pick % mine.length];
            const amount = Number(d.payAmount) + c.delta * 25_000;
            const payload = sepayPayload({
              accountNumber: SEPAY.account,
              amount,
              content: c.unknownMemo ? "CK UPL00000001 hello" : `IBFT ${d.code}`,
            });
            const answer = await sendSepayWebhook(panel.sepayUrl, payload, {
              ...creds,
              tamper: c.tamper ?? undefined,
            });
            expect(answer.status).toBe(c.tamper && c.tamper !== "malformed" ? 401 : 200);
            if (!c.tamper) sent.push(payload);
          } else if (c.op === "replay" && sent.length > 0) {
            const payload = sent[c.pick % sent.length];
            const answers = await Promise.all(
              Array.from({ length: c.burst }, () => sendSepayWebhook(panel.sepayUrl, payload, creds)),
            );
            for (const a of answers) expect(a.status).toBe(200);
          } else if (c.op === "assign" || c.op === "handle") {
            const queued = await db.gatewayTransfer.findMany({
              where: { status: TransferStatus.QUEUED },
              orderBy: { id: "asc" },
            });
            const all = await db.gatewayTransfer.findMany({ orderBy: { id: "asc" } });
            // Sometimes pick a transfer that is no longer queued: the guard must refuse it.
            const pool = c.pick % 3 === 0 ? all : queued;
            if (pool.length === 0) continue;
            const t = pool[c.pick % pool.length];
            if (c.op === "assign") await assignTransfer(t.id, { email: customers[c.who].email }, admin);
            else await markTransferHandled(t.id, { note: "property test" }, admin);
          } else if (c.op === "expire") {
            await expireDeposits(new Date(Date.now() + 7 * 86_400_000));
          } else if (c.op === "policy") {
            await configureSepay(admin, { maxAmount: "500", differentAmount: c.credit ? "credit" : "hold" });
          }
        } catch (error) {
          if (!isExpectedError(error)) throw error;
        }
      }
      await checkInvariants();
    }),
    { numRuns: 12, seed: 12012 },
  );
});
