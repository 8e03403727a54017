"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertAdmin } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/http/action-result";
import { getReaderMoney, readTypedAmount } from "@/lib/http/reader-money";
import { requestIp } from "@/lib/http/request-ip";
import { createBonusRule, setBonusRuleActive } from "@/lib/payments/bonus-rules";
import { createCoupon, setCouponActive } from "@/lib/payments/coupons";
import { GATEWAYS, saveGatewayConfig, type Gateway } from "@/lib/payments/gateway-settings";
import { recheckDeposit } from "@/lib/payments/recheck";
import { reverseGatewayDeposit } from "@/lib/payments/reverse-gateway-deposit";
import { assignTransfer, findAssignee, markTransferHandled } from "@/lib/payments/transfer-queue";
import { customerLabel } from "@/lib/users/admin-users";

async function actor() {
  const admin = await assertAdmin();
  return { id: admin.id, ip: await requestIp() };
}

/** The confirmation's facts before an assignment: the customer's name and the amount. Credits nothing. */
export async function previewAssignTransferAction(id: number, email: string, amount?: string) {
  return runAction("previewAssignTransfer", async () => {
    await actor();
    const typed = amount ? await readTypedAmount(amount) : undefined;
    const { user, amount: units } = await findAssignee(Number(id), String(email ?? ""), typed);
    return { customer: customerLabel(user), amount: (await getReaderMoney()).amount(units) };
  });
}

export async function assignTransferAction(id: number, email: string, amount?: string) {
  return runAction("assignTransfer", async () => {
    const who = await actor();
    const typed = amount ? await readTypedAmount(amount) : undefined;
    const result = await assignTransfer(Number(id), { email: String(email ?? ""), amount: typed }, who);
    revalidatePath("/admin/deposits", "layout");
    return { credited: (await getReaderMoney()).amount(result.credited) };
  });
}

export async function markTransferHandledAction(id: number, note: string) {
  return runAction("markTransferHandled", async () => {
    await markTransferHandled(Number(id), { note: String(note ?? "") }, await actor());
    revalidatePath("/admin/deposits", "layout");
  });
}

export async function recheckDepositAction(id: number) {
  return runAction("recheckDeposit", async () => {
    const result = await recheckDeposit(Number(id), await actor());
    revalidatePath(`/admin/deposits/${id}`);
    return result;
  });
}

export async function reverseDepositAction(id: number, reason: string) {
  return runAction("reverseDeposit", async () => {
    const result = await reverseGatewayDeposit(Number(id), { reason: String(reason ?? "") }, await actor());
    revalidatePath(`/admin/deposits/${id}`);
    return { reversed: (await getReaderMoney()).amount(result.reversed) };
  });
}

export async function saveGatewayAction(gateway: Gateway, input: Record<string, unknown>) {
  return runAction("saveGateway", async () => {
    const admin = await actor();
    const known = z.enum(GATEWAYS).safeParse(gateway);
    if (!known.success) throw new AppError("Unknown payment gateway", "invalid_field");
    await saveGatewayConfig(known.data, input, admin);
    revalidatePath("/admin/deposits/gateways");
  });
}

export async function createBonusRuleAction(input: { minAmount: string; percent: string }) {
  return runAction("createBonusRule", async () => {
    const who = await actor();
    await createBonusRule({ minAmount: await readTypedAmount(input?.minAmount), percent: String(input?.percent ?? "") }, who);
    revalidatePath("/admin/deposits/gateways");
  });
}

export async function setBonusRuleActiveAction(id: number, active: boolean) {
  return runAction("setBonusRuleActive", async () => {
    await setBonusRuleActive(Number(id), Boolean(active), await actor());
    revalidatePath("/admin/deposits/gateways");
  });
}

export async function createCouponAction(input: { code: string; kind: string; value: string; maxUses: string; expiresAt: string }) {
  return runAction("createCoupon", async () => {
    const who = await actor();
    await createCoupon(
      {
        code: String(input?.code ?? ""),
        kind: input?.kind === "percent" ? "percent" : "fixed",
        value: input?.kind === "percent" ? String(input?.value ?? "") : await readTypedAmount(input?.value),
        maxUses: String(input?.maxUses ?? ""),
        expiresAt: String(input?.expiresAt ?? ""),
      },
      who,
    );
    revalidatePath("/admin/deposits/gateways");
  });
}

export async function setCouponActiveAction(id: number, active: boolean) {
  return runAction("setCouponActive", async () => {
    await setCouponActive(Number(id), Boolean(active), await actor());
    revalidatePath("/admin/deposits/gateways");
  });
}
