// Money inside an error reads like money on the page (lib/format.ts with the panel's settings in
// the reader's language): on a VND panel a Vietnamese reader sees "1.234 ₫", never the raw
// "1234.00" the mass order's not-enough-funds answer showed, nor the English "₫26,000" a top-up
// below the minimum and a Vietnamese customer's deposit mail showed. The actions' own path is taken:
// runAction in the request's language. A typed top-up amount is read the page's way too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { appSecret } from "@/lib/env.mjs";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { formatCurrency } from "@/lib/format";
import { queueDepositCreditedMail } from "@/lib/mail/mails";
import { runAction } from "@/lib/http/action-result";
import { UNITS_PER_CURRENCY } from "@/lib/money";
import { placeMassOrder } from "@/lib/orders/place-mass-order";
import { createPaymentRequest } from "@/lib/payments/create-payment-request";
import { getSettings } from "@/lib/settings/settings";
import { applyPanelCurrency } from "@/lib/setup/panel-currency";
import { customerWith, LINK } from "../orders/support";

const requestContext = vi.hoisted(() => ({ locale: "vi" as "vi" | "en" }));
vi.mock("next-intl/server", async (importOriginal) => {
  const { translatorFor } = await import("@/i18n/messages");
  return {
    ...(await importOriginal<Record<string, unknown>>()),
    getLocale: async () => requestContext.locale,
    getTranslations: async () => translatorFor(requestContext.locale),
  };
});

const vnd = (whole: bigint) => whole * UNITS_PER_CURRENCY;
const locale = (next: "vi" | "en") => (requestContext.locale = next);
let serviceId: number;

beforeAll(async () => {
  expect(await applyPanelCurrency("VND")).toBe(true);
  const provider = await db.provider.create({
    data: {
      name: "Quiet provider",
      apiUrl: "http://127.0.0.1:9/api/v2",
      apiKeyEncrypted: encryptSecret("unused-key", appSecret()),
    },
  });
  const category = await db.category.create({ data: { name: "Instagram" } });
  const providerService = await db.providerService.create({
    data: {
      providerId: provider.id,
      externalId: "1",
      name: "Followers",
      type: "Default",
      category: "Instagram",
      rate: vnd(1_000_000n),
      min: 10,
      max: 10_000,
    },
  });
  ({ id: serviceId } = await db.service.create({
    data: {
      providerServiceId: providerService.id,
      categoryId: category.id,
      name: "Followers",
      type: "Default",
      min: 10,
      max: 10_000,
      rate: vnd(1_000_000n),
    },
  }));
});

describe("money in messages on a VND panel", () => {
  it("is what lib/format.ts shows for vi + VND: dot grouping, no decimals, the symbol after a no-break space", async () => {
    expect(formatCurrency(vnd(1234n), await getSettings(), "vi")).toBe("1.234\u00a0₫");
  });

  it("the mass order's not-enough-funds answer shows both amounts in the reader's format", async () => {
    const userId = await customerWith(vnd(1234n));
    const text = `${serviceId}|${LINK}|1000`;
    locale("vi");
    expect(await runAction("placeMassOrder", () => placeMassOrder(userId, text))).toEqual({
      ok: false,
      error:
        "Số dư không đủ: các dòng hợp lệ cần 1.000.000\u00a0₫, số dư hiện có 1.234\u00a0₫. Chưa có đơn nào được đặt.",
      field: "text",
    });
    locale("en");
    expect(await runAction("placeMassOrder", () => placeMassOrder(userId, text))).toMatchObject({
      error:
        "Not enough funds on balance: the valid lines cost ₫1,000,000, the balance is ₫1,234. Nothing was placed.",
    });
    expect(await db.order.count({ where: { userId } })).toBe(0);
  });

  it("a top-up below the panel's minimum names the minimum in the reader's format", async () => {
    const userId = await customerWith(0n);
    const input = { amount: "1000", method: "Bank transfer", reference: "FT123" };
    expect((await getSettings()).minDeposit).toBe("26000");
    locale("vi");
    expect(await runAction("createPaymentRequest", () => createPaymentRequest(userId, input))).toEqual({
      ok: false,
      error: "Số tiền tối thiểu là 26.000\u00a0₫",
      field: "amount",
    });
    locale("en");
    expect(await runAction("createPaymentRequest", () => createPaymentRequest(userId, input))).toEqual({
      ok: false,
      error: "The minimum is ₫26,000",
      field: "amount",
    });
  });

  it("a Vietnamese customer's deposit mail shows the amounts as their pages do", async () => {
    const userId = await customerWith(0n);
    await db.user.update({ where: { id: userId }, data: { locale: "vi" } });
    await queueDepositCreditedMail({
      userId,
      amount: vnd(250_000n),
      balanceAfter: vnd(1_250_000n),
      key: `test-${userId}`,
    });
    const mail = await db.mailOutbox.findFirstOrThrow({
      where: { kind: "deposit", dedupeKey: `deposit:test-${userId}` },
    });
    expect(mail.text).toContain("250.000\u00a0₫");
    expect(mail.text).toContain("1.250.000\u00a0₫");
    expect(mail.text).not.toContain("₫250,000");
  });

  it("a top-up amount is read as the page writes it: 250.000 on a Vietnamese page is 250.000 ₫, and a bad one gets an example in the same writing", async () => {
    const userId = await customerWith(0n);
    const method = (await getSettings()).paymentMethods[0];
    const created = await createPaymentRequest(
      userId,
      { amount: "250.000", method, reference: "FT250" },
      "vi",
    );
    expect(created.amount).toBe(vnd(250_000n));
    expect(
      (await createPaymentRequest(userId, { amount: "26,000", method, reference: "FT26" }, "en")).amount,
    ).toBe(vnd(26_000n));
    const typo = { amount: "25.5", method, reference: "FT25" };
    locale("vi");
    expect(await runAction("createPaymentRequest", () => createPaymentRequest(userId, typo, "vi"))).toEqual({
      ok: false,
      error: "Nhập số tiền, ví dụ 26.000",
      field: "amount",
    });
    locale("en");
    expect(await runAction("createPaymentRequest", () => createPaymentRequest(userId, typo, "en"))).toEqual({
      ok: false,
      error: "Enter an amount like 26,000",
      field: "amount",
    });
  });
});
