"use server";
// Money coming in: bank transfers waiting for an owner, gateway deposits, and the gateways'
// settings, bonus rules and coupons.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getReaderMoney, readTypedAmount } from "@/lib/http/reader-money";
import { createBonusRule, setBonusRuleActive } from "@/lib/payments/bonus-rules";
import { createCoupon, setCouponActive } from "@/lib/payments/coupons";
import { GATEWAYS, saveGatewayConfig, type Gateway } from "@/lib/payments/gateway-settings";
import { recheckDeposit } from "@/lib/payments/recheck";
import { reverseGatewayDeposit } from "@/lib/payments/reverse-gateway-deposit";
import { assignTransfer, findAssignee, markTransferHandled } from "@/lib/payments/transfer-queue";
import { customerLabel } from "@/lib/users/admin-users";
import { idSchema } from "@/lib/validations/id";
import { adminAction, parsedByDomain } from "../safe-action";

// Typed by the admin; the domain functions parse these (amounts are read in the admin's money first).
const text = parsedByDomain<string>();
const optionalText = parsedByDomain<string | undefined>();

/** The confirmation's facts before an assignment: the customer's name and the amount. Credits nothing. */
export const previewAssignTransferAction = adminAction(
  "previewAssignTransfer",
  [idSchema, text, optionalText],
  async (_who, id, email, amount) => {
    const typed = amount ? await readTypedAmount(amount) : undefined;
    const { user, amount: units } = await findAssignee(id, String(email ?? ""), typed);
    return { customer: customerLabel(user), amount: (await getReaderMoney()).amount(units) };
  },
);

export const assignTransferAction = adminAction(
  "assignTransfer",
  [idSchema, text, optionalText],
  async (who, id, email, amount) => {
    const typed = amount ? await readTypedAmount(amount) : undefined;
    const result = await assignTransfer(id, { email: String(email ?? ""), amount: typed }, who);
    revalidatePath("/admin/deposits", "layout");
    return { credited: (await getReaderMoney()).amount(result.credited) };
  },
);

export const markTransferHandledAction = adminAction(
  "markTransferHandled",
  [idSchema, text],
  async (who, id, note) => {
    await markTransferHandled(id, { note: String(note ?? "") }, who);
    revalidatePath("/admin/deposits", "layout");
  },
);

export const recheckDepositAction = adminAction("recheckDeposit", [idSchema], async (who, id) => {
  const result = await recheckDeposit(id, who);
  revalidatePath(`/admin/deposits/${id}`);
  return result;
});

export const reverseDepositAction = adminAction(
  "reverseDeposit",
  [idSchema, text],
  async (who, id, reason) => {
    const result = await reverseGatewayDeposit(id, { reason: String(reason ?? "") }, who);
    revalidatePath(`/admin/deposits/${id}`);
    return { reversed: (await getReaderMoney()).amount(result.reversed) };
  },
);

export const saveGatewayAction = adminAction(
  "saveGateway",
  [parsedByDomain<Gateway>(), parsedByDomain<Record<string, unknown>>()],
  async (who, gateway, input) => {
    const known = z.enum(GATEWAYS).safeParse(gateway);
    if (!known.success) throw new AppError("Unknown payment gateway", "invalid_field");
    await saveGatewayConfig(known.data, input, who);
    revalidatePath("/admin/deposits/gateways");
  },
);

export const createBonusRuleAction = adminAction(
  "createBonusRule",
  [parsedByDomain<{ minAmount: string; percent: string }>()],
  async (who, input) => {
    await createBonusRule(
      { minAmount: await readTypedAmount(input?.minAmount), percent: String(input?.percent ?? "") },
      who,
    );
    revalidatePath("/admin/deposits/gateways");
  },
);

export const setBonusRuleActiveAction = adminAction(
  "setBonusRuleActive",
  [idSchema, z.boolean()],
  async (who, id, active) => {
    await setBonusRuleActive(id, active, who);
    revalidatePath("/admin/deposits/gateways");
  },
);

type CouponForm = { code: string; kind: string; value: string; maxUses: string; expiresAt: string };

export const createCouponAction = adminAction(
  "createCoupon",
  [parsedByDomain<CouponForm>()],
  async (who, input) => {
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
  },
);

export const setCouponActiveAction = adminAction(
  "setCouponActive",
  [idSchema, z.boolean()],
  async (who, id, active) => {
    await setCouponActive(id, active, who);
    revalidatePath("/admin/deposits/gateways");
  },
);
