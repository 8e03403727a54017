// "View as" is for looking: while an admin views a customer's account, the customer's money and
// identity actions are refused with a clear message, whatever action is called, and what stays
// allowed is audited with both identities. The server actions are called as the pages call them;
// only the framework's request context (session, cookies, cache) is replaced.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, Role } from "@/lib/db";
import { errorMessages } from "@/i18n/error-text";
import { makeUser } from "./support";

const state = vi.hoisted(() => ({
  session: null as null | { uid: number; sv: number },
  cookie: undefined as string | undefined,
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: vi.fn(async () => state.session),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "10.77.0.1" }),
  cookies: async () => ({
    get: (name: string) =>
      name === "upline-view-as" && state.cookie ? { name, value: state.cookie } : undefined,
    getAll: () => [],
    has: () => false,
  }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_noStore: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const { startImpersonation } = await import("@/lib/auth/impersonation");
const { requestWithdrawalAction, payoutToBalanceAction } = await import("@/lib/actions/customer/affiliates");
const { openTicketAction } = await import("@/lib/actions/customer/tickets");
const { setOrderMailsAction, setDisplayCurrencyAction, changePasswordAction, resendVerificationAction } =
  await import("@/lib/actions/customer/account");
const { createPaymentRequestAction, createDepositAction } = await import("@/lib/actions/customer/add-funds");
const { placeOrderAction, requestCancelAction } = await import("@/lib/actions/customer/orders");
const { generateApiKeyAction } = await import("@/lib/actions/customer/api-access");

let admin: { id: number; email: string }, customer: { id: number; email: string };

beforeAll(async () => {
  admin = await makeUser({ role: Role.ADMIN, email: "viewer-admin@test.dev" });
  customer = await makeUser({ email: "viewed-customer@test.dev" });
  state.session = { uid: admin.id, sv: 0 };
  state.cookie = await startImpersonation({ id: admin.id, ip: "10.77.0.1" }, customer.id);
});

describe("while an admin views a customer", () => {
  it("refuses money and identity actions with a clear message, and changes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: customer.id } });
    const calls = {
      withdrawal: () =>
        requestWithdrawalAction({ amount: "1", details: "Bank X 0123456789 someone else" } as never),
      payout: () => payoutToBalanceAction({ amount: "1" } as never),
      ticket: () =>
        openTicketAction({
          subject: "Refund me please",
          kind: "OTHER",
          message: "Written by the admin as the customer",
        } as never),
      orderMails: () => setOrderMailsAction(false),
      displayCurrency: () => setDisplayCurrencyAction({ currency: "EUR" } as never),
      password: () => changePasswordAction({ current: "x", next: "new-pass-123" }),
      apiKey: () => generateApiKeyAction(),
      paymentRequest: () =>
        createPaymentRequestAction({ amount: "10", method: "bank", reference: "x" } as never),
      deposit: () => createDepositAction({ gateway: "sepay", amount: "10" } as never),
      order: () =>
        placeOrderAction({ serviceId: 1, fields: { link: "https://example.com/p", quantity: "100" } }),
      cancel: () => requestCancelAction(1),
    };
    const answers: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(calls)) answers[name] = await call();
    const refused = { ok: false, error: errorMessages.viewOnly };
    expect(answers).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, refused])));

    expect(await db.affiliatePayout.findMany({ where: { affiliateId: customer.id } })).toEqual([]);
    expect(await db.ticket.findMany({ where: { userId: customer.id } })).toEqual([]);
    expect(await db.apiKey.findMany({ where: { userId: customer.id } })).toEqual([]);
    expect(await db.user.findUniqueOrThrow({ where: { id: customer.id } })).toEqual(before);
  });

  it("audits what stays allowed with both identities", async () => {
    const result = await resendVerificationAction();
    expect(result).toEqual({ ok: true, data: undefined });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "view_as.resendVerification" },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "user", targetId: String(customer.id) });
    expect(JSON.parse(entry.after ?? "{}")).toEqual({
      admin: "viewer-admin@test.dev",
      customer: "viewed-customer@test.dev",
    });
  });
});
