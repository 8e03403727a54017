// Reversals are reachable (issue #23, item 5): an admin takes back a credited gateway deposit
// from its page (the domain function behind the action) or from the CLI; the deposit, its bonus
// and its coupon leave the balance once, the audit log keeps who, why and how much.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/tests/support/cli";
import { db, LedgerType, Role } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { createBonusRule } from "@/lib/payments/bonus-rules";
import { createCoupon } from "@/lib/payments/coupons";
import { createDeposit } from "@/lib/payments/create-deposit";
import { getDepositReversal, reverseGatewayDeposit } from "@/lib/payments/reverse-gateway-deposit";
import { sendSepayWebhook, sepayPayload } from "@/lib/payments/simulator/sepay-sender";
import { balanceOf, configureSepay, makeUser, SEPAY, servePanel, type PanelServer } from "./support";

let panel: PanelServer;
let admin: { id: number };

beforeAll(async () => {
  panel = await servePanel();
  admin = await makeUser(Role.ADMIN);
  await configureSepay(admin);
  await createBonusRule({ minAmount: "5", percent: "5" }, admin);
});
afterAll(() => panel.close());

/** A customer whose 20.00 SePay deposit was credited: 20.00 + 5% bonus (+ 2.00 coupon when given). */
async function creditedDeposit(coupon = "") {
  const user = await makeUser();
  const deposit = await createDeposit(user.id, { gateway: "sepay", amount: "20", coupon });
  await sendSepayWebhook(
    panel.sepayUrl,
    sepayPayload({ accountNumber: SEPAY.account, amount: 500000, content: deposit.code }),
    { apiKey: SEPAY.apiKey, hmacSecret: SEPAY.hmacSecret },
  );
  return { user, deposit };
}

describe("reversing a gateway deposit", () => {
  it("takes back the deposit, its bonus and its coupon once, audited with the reason", async () => {
    await createCoupon({ code: "BACK2", kind: "fixed", value: "2", maxUses: "1" }, admin);
    const { user, deposit } = await creditedDeposit("BACK2");
    expect(await balanceOf(user.id)).toBe(2_300_000n);

    expect(
      await reverseGatewayDeposit(
        deposit.id,
        { reason: "bank chargeback" },
        { id: admin.id, ip: "198.51.100.9" },
      ),
    ).toEqual({ reversed: 2_300_000n, code: deposit.code });
    await expect(reverseGatewayDeposit(deposit.id, { reason: "again" }, { id: admin.id })).rejects.toThrow(
      "This deposit was already reversed",
    );
    expect(await balanceOf(user.id)).toBe(0n);
    expect(await getDepositReversal(deposit.id)).toBe(2_300_000n);
    const reversals = await db.ledgerEntry.findMany({
      where: { userId: user.id, type: LedgerType.DEPOSIT_REVERSAL },
      orderBy: { id: "asc" },
      select: { amount: true, adminId: true },
    });
    expect(reversals).toEqual([
      { amount: -2_000_000n, adminId: admin.id },
      { amount: -100_000n, adminId: admin.id },
      { amount: -200_000n, adminId: admin.id },
    ]);
    const audit = await db.auditLog.findMany({
      where: { action: "deposit.reverse", targetId: String(deposit.id) },
      select: { actorId: true, ip: true, after: true },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, ip: "198.51.100.9" });
    expect(JSON.parse(String(audit[0].after))).toMatchObject({
      reason: "bank chargeback",
      reversed: "2300000",
    });
  });

  it("asks for a reason and refuses a deposit that credited nothing", async () => {
    const user = await makeUser();
    const open = await createDeposit(user.id, { gateway: "sepay", amount: "20" });
    await expect(reverseGatewayDeposit(open.id, { reason: "" }, { id: admin.id })).rejects.toThrow(/reason/i);
    await expect(reverseGatewayDeposit(open.id, { reason: "chargeback" }, { id: admin.id })).rejects.toThrow(
      "This deposit has no credited payment to reverse",
    );
  });

  it("the CLI reverses a deposit once: `reverse-deposit --deposit N --reason R`", async () => {
    const { user, deposit } = await creditedDeposit();
    expect(await balanceOf(user.id)).toBe(2_100_000n);
    const first = await runCli(
      "reverse-deposit",
      "--deposit",
      String(deposit.id),
      "--reason",
      "bank chargeback",
    );
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain(`reversed deposit ${deposit.code}`);
    expect(await balanceOf(user.id)).toBe(0n);
    const again = await runCli(
      "reverse-deposit",
      "--deposit",
      String(deposit.id),
      "--reason",
      "bank chargeback",
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain("already reversed");
    expect(await findLedgerDifferences()).toEqual([]);
  });
});
