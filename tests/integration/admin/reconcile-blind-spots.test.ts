// `npm run cli -- reconcile` sees every money record (issue 23, item 7): an affiliate balance that
// is not the sum of its entries, a deposit marked credited with no ledger row, and an approved
// payment request with no ledger row are each planted by hand; reconcile names it and the CLI
// exits non-zero. After each plant is undone, the books reconcile again.
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/tests/support/cli";
import { ensureAffiliate } from "@/lib/affiliates/referral";
import { db, DepositStatus, PaymentStatus } from "@/lib/db";
import { reconcileMoney } from "@/lib/ledger/reconcile";
import { customerWith } from "../orders/support";

let userId: number;

beforeAll(async () => {
  userId = await customerWith(1_000_000n);
  expect(await reconcileMoney()).toEqual([]);
});

async function expectReported(kind: string, detail: RegExp) {
  const found = await reconcileMoney();
  expect(found.map((d) => d.kind)).toEqual([kind]);
  expect(found[0].detail).toMatch(detail);
  const cli = await runCli("reconcile");
  expect(cli.code).toBe(1);
  expect(cli.out).toContain(`${kind}: `);
}

describe("reconcile reports", () => {
  it("an affiliate balance that is not the sum of its entries", async () => {
    await ensureAffiliate(userId);
    await db.affiliate.update({ where: { userId }, data: { balance: 5_000n } });
    await expectReported("affiliate", new RegExp(`affiliate #${userId}: balance 5000, entries 0`));
    await db.affiliate.update({ where: { userId }, data: { balance: 0n } });
    expect(await reconcileMoney()).toEqual([]);
  });

  it("a deposit marked credited with no ledger row", async () => {
    const deposit = await db.deposit.create({
      data: {
        userId,
        gateway: "sepay",
        code: "UPLPLANT1",
        amount: 2_500_000n,
        payAmount: "25000",
        payCurrency: "VND",
        rate: "1",
        status: DepositStatus.CREDITED,
        credited: 2_500_000n,
        creditedAt: new Date(),
        expiresAt: new Date(),
      },
    });
    await expectReported(
      "payment",
      new RegExp(`deposit #${deposit.id}: marked credited \\(2500000\\), no ledger row`),
    );
    await db.deposit.update({
      where: { id: deposit.id },
      data: { status: DepositStatus.EXPIRED, credited: 0n },
    });
    expect(await reconcileMoney()).toEqual([]);
  });

  it("an approved payment request with no ledger row", async () => {
    const request = await db.paymentRequest.create({
      data: {
        userId,
        amount: 700_000n,
        method: "Bank transfer",
        reference: "planted",
        status: PaymentStatus.APPROVED,
      },
    });
    await expectReported(
      "payment",
      new RegExp(`payment #${request.id}: approved \\(700000\\), no ledger row`),
    );
    await db.paymentRequest.update({ where: { id: request.id }, data: { status: PaymentStatus.REJECTED } });
    expect(await reconcileMoney()).toEqual([]);
  });
});
