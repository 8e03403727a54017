// A referred customer's bank transfer arrives through SePay's signed webhook over HTTP, replayed
// and delivered concurrently: the deposit is credited once and so is the affiliate's commission;
// reversing the transfer takes the commission back.
import { afterAll, beforeAll, expect, it } from "vitest";
import { findAffiliateDifferences } from "@/lib/affiliates/reconcile";
import { ensureAffiliate } from "@/lib/affiliates/referral";
import { db, LedgerType, Role } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { reverseDeposit } from "@/lib/ledger/reverse-deposit";
import { createDeposit } from "@/lib/payments/create-deposit";
import { sendSepayWebhook, sepayPayload } from "@/lib/payments/simulator/sepay-sender";
import { updateSettings } from "@/lib/settings/settings";
import {
  balanceOf,
  configureSepay,
  makeUser,
  SEPAY,
  servePanel,
  type PanelServer,
} from "../payments/support";

let panel: PanelServer;
let admin: { id: number };

beforeAll(async () => {
  panel = await servePanel();
  admin = await makeUser(Role.ADMIN);
  await configureSepay(admin);
  await updateSettings({ affiliateCommissionPercent: "10", affiliateBasis: "deposit" });
});
afterAll(() => panel.close());

it("a replayed and concurrently delivered SePay webhook pays one commission, and its reversal takes it back", async () => {
  const referrer = await makeUser();
  await ensureAffiliate(referrer.id);
  const customer = await makeUser();
  await db.user.update({ where: { id: customer.id }, data: { referredById: referrer.id } });

  const deposit = await createDeposit(customer.id, { gateway: "sepay", amount: "10" });
  const payload = sepayPayload({
    accountNumber: SEPAY.account,
    amount: 250000,
    content: `CT ${deposit.code} nap tien`,
  });
  const creds = { apiKey: SEPAY.apiKey, hmacSecret: SEPAY.hmacSecret };
  for (let i = 0; i < 5; i++)
    expect((await sendSepayWebhook(panel.sepayUrl, payload, creds)).status).toBe(200);
  const burst = await Promise.all(
    Array.from({ length: 30 }, () => sendSepayWebhook(panel.sepayUrl, payload, creds)),
  );
  expect(burst.map((answer) => answer.status).filter((status) => status !== 200)).toEqual([]);

  expect(await balanceOf(customer.id)).toBe(1_000_000n);
  const commissions = await db.affiliateEntry.findMany({ where: { affiliateId: referrer.id } });
  expect(commissions.map((c) => [c.type, c.amount, c.referredUserId])).toEqual([
    ["COMMISSION", 100_000n, customer.id],
  ]);

  const credit = await db.ledgerEntry.findFirstOrThrow({
    where: { userId: customer.id, type: LedgerType.DEPOSIT },
  });
  await reverseDeposit(credit.id, "chargeback", admin);
  expect((await db.affiliate.findUniqueOrThrow({ where: { userId: referrer.id } })).balance).toBe(0n);
  expect(await findLedgerDifferences()).toEqual([]);
  expect(await findAffiliateDifferences()).toEqual([]);
});
