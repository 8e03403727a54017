// Manual payments: requests within the owner's limits and methods; approval credits the
// balance exactly once (double clicks, concurrent admins), rejection credits nothing; audited.
import { describe, expect, it } from "vitest";
import { db, PaymentStatus, Role } from "@/lib/db";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { createPaymentRequest, MAX_PENDING_PER_USER } from "@/lib/payments/create-payment-request";
import { listMyPayments, listPayments } from "@/lib/payments/list-payments";
import { approvePayment, rejectPayment } from "@/lib/payments/review-payment";
import { updateSettings } from "@/lib/settings/settings";
import { makeUser } from "./support";

describe("payment requests", () => {
  it("respect the minimum, maximum and the owner's methods", async () => {
    await updateSettings({
      minDeposit: "5",
      maxDeposit: "500",
      paymentMethods: ["Bank transfer", "USDT (TRC20)"],
    });
    const user = await makeUser();
    const ok = { amount: "25.50", method: "USDT (TRC20)", reference: "tx 0xabc" };
    await expect(createPaymentRequest(user.id, { ...ok, amount: "4.99" })).rejects.toThrow(
      "The minimum is $5.00",
    );
    await expect(createPaymentRequest(user.id, { ...ok, amount: "500.01" })).rejects.toThrow(
      "The maximum is $500.00",
    );
    await expect(createPaymentRequest(user.id, { ...ok, amount: "1e3" })).rejects.toThrow(/Enter an amount/);
    await expect(createPaymentRequest(user.id, { ...ok, method: "Cash" })).rejects.toThrow(
      "Pick one of the listed payment methods",
    );
    await expect(createPaymentRequest(user.id, { ...ok, reference: "  " })).rejects.toThrow(
      "Enter the transfer reference",
    );
    const created = await createPaymentRequest(user.id, ok);
    expect(created).toMatchObject({ amount: 2_550_000n, status: PaymentStatus.PENDING });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(0n);
  });

  it("limit how many can wait for review at once", async () => {
    const user = await makeUser();
    for (let i = 0; i < MAX_PENDING_PER_USER; i++)
      await createPaymentRequest(user.id, { amount: "10", method: "Bank transfer", reference: `r${i}` });
    await expect(
      createPaymentRequest(user.id, { amount: "10", method: "Bank transfer", reference: "one more" }),
    ).rejects.toThrow(/waiting for review/);
  });

  it("credit the balance exactly once on approval, however many times it is approved", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const user = await makeUser();
    const request = await createPaymentRequest(user.id, {
      amount: "40",
      method: "Bank transfer",
      reference: "wire 1",
    });

    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => approvePayment(request.id, { id: admin.id, ip: "198.51.100.2" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(String(r.reason)).toMatch(/already approved/);
    await expect(rejectPayment(request.id, { reason: "too late" }, { id: admin.id })).rejects.toThrow(
      "This request was already approved",
    );

    const ledger = await db.ledgerEntry.findMany({ where: { userId: user.id } });
    expect(ledger.map((e) => [e.type, e.amount, e.paymentId, e.adminId, e.idempotencyKey])).toEqual([
      ["DEPOSIT", 4_000_000n, request.id, admin.id, `payment:${request.id}`],
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(4_000_000n);
    expect(await db.paymentRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "APPROVED",
      reviewedById: admin.id,
    });
    const audits = await db.auditLog.findMany({
      where: { targetType: "payment", targetId: String(request.id) },
    });
    expect(audits.map((a) => [a.action, a.ip])).toEqual([["payment.approve", "198.51.100.2"]]);
    expect(await findLedgerDifferences()).toEqual([]);
  });

  it("credit nothing when rejected; the reason is kept and the customer sees it", async () => {
    const admin = await makeUser({ role: Role.ADMIN });
    const user = await makeUser();
    const other = await makeUser();
    const request = await createPaymentRequest(user.id, {
      amount: "15",
      method: "Bank transfer",
      reference: "wire 2",
    });
    await createPaymentRequest(other.id, { amount: "16", method: "Bank transfer", reference: "other's" });
    await expect(rejectPayment(request.id, { reason: "" }, { id: admin.id })).rejects.toThrow(/reason/);
    await rejectPayment(
      request.id,
      { reason: "No such transfer received" },
      { id: admin.id, ip: "198.51.100.3" },
    );
    await expect(approvePayment(request.id, { id: admin.id })).rejects.toThrow(
      "This request was already rejected",
    );

    expect(await db.ledgerEntry.count({ where: { userId: user.id } })).toBe(0);
    const mine = await listMyPayments(user.id);
    expect(mine.rows.map((r) => [r.status, r.reason])).toEqual([["REJECTED", "No such transfer received"]]);
    const rejected = await listPayments({ status: PaymentStatus.REJECTED });
    expect(rejected.rows.map((r) => r.id)).toContain(request.id);
    expect(rejected.rows.filter((r) => r.status !== "REJECTED")).toEqual([]);
    expect(
      (
        await db.auditLog.findFirstOrThrow({
          where: { action: "payment.reject", targetId: String(request.id) },
        })
      ).after,
    ).toContain("No such transfer received");
  });
});
