// Property: any sequence of deposits (replayed by the gateway), deposit reversals, order charges
// and refunds of referred customers, payouts and withdrawal reviews keeps both balances (main and
// affiliate) equal to their ledgers, pays each commission at most once, and never lets a payout
// overdraw the affiliate balance.
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import {
  approveWithdrawal,
  payoutToBalance,
  rejectWithdrawal,
  requestWithdrawal,
} from "@/lib/affiliates/payouts";
import { findAffiliateDifferences } from "@/lib/affiliates/reconcile";
import { ensureAffiliate } from "@/lib/affiliates/referral";
import { AffiliateEntryType, db, LedgerType, PaymentStatus, Role } from "@/lib/db";
import { isExpectedError } from "@/lib/errors";
import { changeBalance } from "@/lib/ledger/change-balance";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { reverseDeposit } from "@/lib/ledger/reverse-deposit";
import { updateSettings } from "@/lib/settings/settings";
import { makeOrder, makeProvider, makeService, makeUser } from "../admin/support";

let adminId: number;
let affiliateId: number;
let referred: number[];
let service: { id: number; providerId: number };

beforeAll(async () => {
  adminId = (await makeUser({ role: Role.ADMIN })).id;
  affiliateId = (await makeUser()).id;
  await ensureAffiliate(affiliateId);
  referred = [];
  for (let i = 0; i < 3; i++) {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { referredById: affiliateId } });
    referred.push(user.id);
  }
  const provider = await makeProvider();
  service = {
    id: (await makeService(provider.id, { rate: 100_000n, cost: 50_000n })).id,
    providerId: provider.id,
  };
});

type Command =
  | { op: "deposit"; who: number; amount: number; gatewayTx: number }
  | { op: "reverse"; pick: number }
  | { op: "order"; who: number; charge: number; refundShare: number }
  | { op: "payout"; amount: number }
  | { op: "withdraw"; amount: number }
  | { op: "review"; pick: number; approve: boolean }
  | { op: "basis"; spend: boolean };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    op: fc.constant("deposit" as const),
    who: fc.nat(2),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    gatewayTx: fc.nat(12),
  }),
  fc.record({ op: fc.constant("reverse" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("order" as const),
    who: fc.nat(2),
    charge: fc.integer({ min: 1, max: 2_000_000 }),
    refundShare: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({ op: fc.constant("payout" as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ op: fc.constant("withdraw" as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ op: fc.constant("review" as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ op: fc.constant("basis" as const), spend: fc.boolean() }),
);

async function expected<T>(work: Promise<T>): Promise<void> {
  try {
    await work;
  } catch (error) {
    const duplicate = error instanceof Error && /Unique constraint/i.test(error.message);
    if (!isExpectedError(error) && !duplicate) throw error;
  }
}

async function run(cmd: Command, round: number) {
  switch (cmd.op) {
    case "deposit": {
      const userId = referred[cmd.who];
      const key = `deposit:prop:${round}:${cmd.gatewayTx}`; // the same gateway transaction may arrive again
      await expected(
        db.$transaction((tx) =>
          changeBalance(tx, {
            userId,
            amount: BigInt(cmd.amount),
            type: LedgerType.DEPOSIT,
            idempotencyKey: key,
          }),
        ),
      );
      return;
    }
    case "reverse": {
      const deposits = await db.ledgerEntry.findMany({
        where: { userId: { in: referred }, type: LedgerType.DEPOSIT },
        select: { id: true },
      });
      if (deposits.length)
        await expected(
          reverseDeposit(deposits[cmd.pick % deposits.length].id, "chargeback", { id: adminId }),
        );
      return;
    }
    case "order": {
      const userId = referred[cmd.who];
      const balance = (await db.user.findUniqueOrThrow({ where: { id: userId } })).balance;
      const charge = BigInt(cmd.charge);
      if (balance < charge) return;
      const refund = (charge * BigInt(cmd.refundShare)) / 100n;
      await makeOrder({
        userId,
        serviceId: service.id,
        providerId: service.providerId,
        charge,
        cost: charge / 2n,
        refund: refund > 0n ? refund : undefined,
      });
      return;
    }
    case "payout":
      await expected(payoutToBalance(affiliateId, BigInt(cmd.amount)));
      return;
    case "withdraw":
      await expected(requestWithdrawal(affiliateId, BigInt(cmd.amount), "wallet"));
      return;
    case "review": {
      const pending = await db.affiliatePayout.findMany({
        where: { status: PaymentStatus.PENDING },
        select: { id: true },
      });
      if (!pending.length) return;
      const id = pending[cmd.pick % pending.length].id;
      await expected(
        cmd.approve ? approveWithdrawal(id, { id: adminId }) : rejectWithdrawal(id, "no", { id: adminId }),
      );
      return;
    }
    case "basis":
      await updateSettings({ affiliateBasis: cmd.spend ? "spend" : "deposit" });
      return;
  }
}

it("random affiliate histories keep both balances equal to their ledgers", async () => {
  await updateSettings({
    affiliateCommissionPercent: "7.5",
    affiliateMinWithdrawal: "0.00001",
    affiliateInstantPayout: true,
  });
  let round = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
      round++;
      for (const cmd of commands) await run(cmd, round);
      expect(await findLedgerDifferences()).toEqual([]);
      expect(await findAffiliateDifferences()).toEqual([]);
      // Each source ledger row pays one commission at most, and is reversed at most once.
      const keys = await db.affiliateEntry.findMany({
        where: { idempotencyKey: { not: null } },
        select: { idempotencyKey: true },
      });
      expect(new Set(keys.map((k) => k.idempotencyKey)).size).toBe(keys.length);
      // A payout never takes the affiliate balance below zero; only a reversal of earned commission can.
      const overdrawn = await db.affiliateEntry.count({
        where: { affiliateId, type: AffiliateEntryType.PAYOUT, balanceAfter: { lt: 0n } },
      });
      expect(overdrawn).toBe(0);
    }),
    { numRuns: 25 },
  );
});
