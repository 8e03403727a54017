// Affiliates end to end: a customer's referral link brings a second customer (from another
// network, as the referral rules require) who deposits; the first sees the commission and pays
// it out to their balance. Each browser context speaks from its own address through the
// trusted proxy hop the e2e server is configured with.
import type { Browser } from "@playwright/test";
import { adminPage, confirmDialog, E2E, expect, signUp, test, uniqueEmail } from "./support/fixtures";

async function contextFrom(browser: Browser, ip: string) {
  const context = await browser.newContext({
    baseURL: E2E.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  return { context, page: await context.newPage() };
}

test("a referral link brings a customer whose deposit pays a commission, paid out to the balance", async ({
  browser,
}) => {
  const referrer = await contextFrom(browser, "203.0.113.10");
  const referrerEmail = uniqueEmail("referrer");
  await signUp(referrer.page, referrerEmail, "referrer-pass-1");
  await expect(referrer.page).toHaveURL(/\/new-order$/);
  await referrer.page.getByRole("link", { name: "Affiliates" }).first().click();
  const link = (await referrer.page.getByTestId("referral-link").textContent())!.trim();
  expect(link).toMatch(/\/r\/[a-z0-9]+$/);

  const referred = await contextFrom(browser, "198.51.100.20");
  await referred.page.goto(new URL(link).pathname);
  await expect(referred.page).toHaveURL(/\/signup$/);
  const referredEmail = uniqueEmail("referred");
  await referred.page.getByLabel("Email").fill(referredEmail);
  await referred.page.getByLabel("Password").fill("referred-pass-1");
  await referred.page.getByRole("button", { name: "Sign up" }).click();
  await expect(referred.page).toHaveURL(/\/new-order$/);

  // The referred customer reports a payment; the owner approves it (a deposit, default 5%).
  await referred.page.goto("/add-funds");
  // (The automatic top-up form beside it has an amount of its own.)
  await referred.page.getByRole("form", { name: "Payment request" }).getByLabel("Amount ($)").fill("40");
  await referred.page.getByLabel("Reference").fill("wire ref-1");
  await referred.page.getByRole("button", { name: "Send payment request" }).click();
  await expect(referred.page.getByTestId("payment-requests")).toContainText("Pending");

  const adminTab = await adminPage(browser, { extraHTTPHeaders: { "x-forwarded-for": "192.0.2.1" } });
  const admin = { context: adminTab.context(), page: adminTab };
  await admin.page.goto("/admin/payments");
  await admin.page.locator("tr", { hasText: referredEmail }).getByRole("button", { name: "Approve" }).click();
  await confirmDialog(admin.page, "Approve and credit");
  await expect(admin.page.getByText(/Payment #\d+ approved/)).toBeVisible();

  // The referrer sees the visit, the sign-up and the commission, then moves it to the balance.
  await referrer.page.reload();
  await expect(referrer.page.getByTestId("affiliate-balance")).toHaveText("$2.00");
  await expect(referrer.page.getByTestId("affiliate-history")).toContainText("Commission");
  await expect(referrer.page.getByText("Sign-ups").locator("..")).toContainText("1");
  await referrer.page.getByLabel("Amount ($)").fill("2");
  await referrer.page.getByRole("button", { name: "Move to my balance" }).click();
  await expect(referrer.page.getByText("Moved to your balance.")).toBeVisible();
  await expect(referrer.page.getByTestId("affiliate-balance")).toHaveText("$0.00");
  await expect(referrer.page.getByTestId("balance")).toHaveText("$2.00");
  await referrer.page.goto("/transactions");
  // The desktop table's row (the page also has phone cards, hidden at this width).
  await expect(
    referrer.page.getByTestId("transaction-row").filter({ hasText: "Affiliate payout" }),
  ).toBeVisible();

  // The owner sees the affiliate in the admin list.
  await admin.page.goto("/admin/affiliates");
  await expect(admin.page.locator("tr", { hasText: referrerEmail })).toContainText("$2.00");

  for (const who of [referrer, referred, admin]) await who.context.close();
});
