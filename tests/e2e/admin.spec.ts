// The admin side in Chromium: suspending a user signs them out for good, a balance adjustment
// with a reason shows in the customer's history and the audit log, a setting change shows in
// the customer area at once, and a manual payment goes from a phone to the admin's approval.
import type { Browser, Page } from "@playwright/test";
import {
  adminPage as ownerPage,
  confirmDialog,
  E2E,
  expect,
  signIn,
  signUp,
  test,
  uniqueEmail,
} from "./support/fixtures";

const adminPage = (browser: Browser): Promise<Page> =>
  ownerPage(browser, { viewport: { width: 1280, height: 800 } });

async function openUser(admin: Page, email: string) {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { name: email })).toBeVisible();
}

test("an admin suspends a user, who is signed out at once and refused at sign-in", async ({
  page,
  customer,
  browser,
}) => {
  const admin = await adminPage(browser);
  await openUser(admin, customer.email);
  await admin.getByRole("button", { name: "Suspend" }).click();
  await confirmDialog(admin, "Suspend");
  await expect(admin.getByText("User suspended")).toBeVisible();
  await expect(admin.getByTestId("user-status")).toHaveText("Suspended");

  // The customer's existing session ends on the next request.
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, customer.email, customer.password);
  await expect(page.locator("form [role=alert]")).toHaveText("This account is suspended");

  await admin.goto("/admin/audit?action=user.suspend");
  await expect(admin.getByTestId("audit-rows")).toContainText(`user #`);
  await admin.screenshot({ path: "tmp/admin-audit.png", fullPage: true });
  await admin.context().close();
});

test("a balance adjustment with a reason shows in the customer's history and the audit log", async ({
  page,
  customer,
  browser,
}) => {
  test.setTimeout(120_000); // two sign-ins and five pages; 60 s ran out on a loaded 2-core machine
  const admin = await adminPage(browser);
  await openUser(admin, customer.email);
  const reason = `Goodwill credit ${Date.now()}`;
  await admin.getByLabel("Amount ($)").fill("12.5");
  await admin.getByLabel("Reason").fill(reason);
  await admin.getByRole("button", { name: "Apply adjustment" }).click();
  await confirmDialog(admin, "Credit $12.50");
  await expect(admin.getByText("Balance is now $12.50")).toBeVisible();
  await expect(admin.getByTestId("user-balance")).toHaveText("$12.50");
  await expect(admin.getByTestId("user-ledger")).toContainText(reason);
  await admin.screenshot({ path: "tmp/admin-user.png", fullPage: true });

  // A debit without a reason is refused with the field's message.
  await admin.getByLabel("Amount ($)").fill("1");
  await admin.getByLabel("Reason").fill("");
  await admin.getByRole("button", { name: "Apply adjustment" }).click();
  await confirmDialog(admin, "Credit $1.00");
  await expect(admin.getByRole("form", { name: "Adjust balance" }).getByRole("alert")).toHaveText(
    "Give a reason (at least 3 characters)",
  );

  await page.goto("/transactions");
  await expect(page.getByTestId("transaction-row").first()).toContainText(reason);
  await expect(page.getByTestId("balance")).toHaveText("$12.50");

  await admin.goto(`/admin/audit?action=balance.adjust`);
  await expect(admin.getByTestId("audit-rows")).toContainText(reason);
  await admin.context().close();
});

test("a balance credit happens only after the confirmation that names the amount and the customer", async ({
  customer,
  browser,
}) => {
  test.setTimeout(120_000); // two browser contexts and several pages on a loaded 2-core machine
  const admin = await adminPage(browser);
  await openUser(admin, customer.email);
  await admin.getByLabel("Amount ($)").fill("7");
  await admin.getByLabel("Reason").fill("goodwill, confirm first");
  await admin.getByRole("button", { name: "Apply adjustment" }).click();
  const dialog = admin.getByRole("alertdialog");
  await expect(dialog).toContainText(`$7.00 is added to the balance of ${customer.email} now`);
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByTestId("user-balance")).toHaveText("$0.00");
  await expect(admin.getByTestId("user-ledger")).not.toContainText("goodwill, confirm first");

  await admin.getByLabel("Amount ($)").fill("7");
  await admin.getByLabel("Reason").fill("goodwill, confirm first");
  await admin.getByRole("button", { name: "Apply adjustment" }).click();
  await confirmDialog(admin, "Credit $7.00");
  await expect(admin.getByText("Balance is now $7.00")).toBeVisible();
  await expect(admin.getByTestId("user-balance")).toHaveText("$7.00");
  await admin.context().close();
});

test("a settings change shows in the customer area without a restart", async ({
  page,
  customer,
  browser,
}) => {
  expect(customer.email).toContain("@e2e.test");
  const admin = await adminPage(browser);
  // Figures that can lag say how fresh they are (lib/dashboard/rollups.ts, ledger-check.ts).
  await expect(admin.getByTestId("ledger-checked")).toHaveText(
    /^Balances checked against the ledger (now|\d+ (seconds?|minutes?) ago)$/,
  );
  await expect(admin.getByTestId("orders-as-of")).toContainText(
    "Orders, provider cost and profit of earlier days as of",
  );
  await admin.screenshot({ path: "tmp/admin-dashboard.png", fullPage: true });
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.screenshot({ path: "tmp/admin-dashboard-phone.png", fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.goto("/admin/settings");
  const name = `Panel ${Date.now().toString(36)}`;
  await admin.getByLabel("Panel name").fill(name);
  await admin
    .getByLabel("Payment instructions")
    .fill(
      "Send the amount by **bank transfer** to IBAN DE00 0000.\n\n- Use your email as the reference\n- See https://pay.example/help\n\n<script>alert(1)</script>",
    );
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Saved 2 settings")).toBeVisible();
  await admin.screenshot({ path: "tmp/admin-settings.png", fullPage: true });

  await page.goto("/add-funds");
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeAttached();
  await expect(page.getByText(name).first()).toBeVisible();
  const instructions = page.getByTestId("payment-instructions");
  await expect(instructions.locator("strong")).toHaveText("bank transfer");
  await expect(instructions.getByRole("link", { name: "https://pay.example/help" })).toHaveAttribute(
    "href",
    "https://pay.example/help",
  );
  await expect(instructions).toContainText("<script>alert(1)</script>");
  expect(await instructions.locator("script").count()).toBe(0);

  await admin.goto("/admin/settings");
  await admin.getByLabel("Panel name").fill("Upline");
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Saved 1 setting")).toBeVisible();
  await admin.context().close();
});

test("a customer reports a payment on a phone and the admin approves it once", async ({ browser }) => {
  const phone = await browser.newContext({
    baseURL: E2E.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const customerPage = await phone.newPage();
  const email = uniqueEmail("payer");
  await signUp(customerPage, email, "payer-pass-1");
  await expect(customerPage).toHaveURL(/\/new-order$/);
  await customerPage.goto("/add-funds");
  // The page also has the automatic top-up form with an amount of its own.
  const request = customerPage.getByRole("form", { name: "Payment request" });
  await request.getByLabel("Amount ($)").fill("0.5");
  await customerPage.getByLabel("Reference").fill("wire 42");
  await customerPage.getByRole("button", { name: "Send payment request" }).click();
  await expect(customerPage.getByRole("form", { name: "Payment request" }).getByRole("alert")).toHaveText(
    "The minimum is $1.00",
  );
  await request.getByLabel("Amount ($)").fill("25");
  await customerPage.getByRole("button", { name: "Send payment request" }).click();
  await expect(customerPage.getByTestId("payment-requests")).toContainText("Pending");
  const width = await customerPage.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await customerPage.screenshot({ path: "tmp/add-funds-phone.png", fullPage: true });

  // The waiting request counts on the dashboard and badges the Payments menu item.
  const admin = await adminPage(browser);
  await expect(admin.getByTestId("attention-payments")).toContainText(
    /\d+ payment requests? waiting for approval/,
  );
  await expect(admin.getByTestId("attention-none")).toHaveCount(0);
  const badge = admin
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Payments/ })
    .getByTestId("nav-badge-/admin/payments");
  await expect(badge).toHaveText(/^[1-9]\d* waiting$/);
  await admin.goto("/admin/payments");
  const row = admin.locator("tr", { hasText: email });
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("alertdialog")).toContainText("$25.00");
  await confirmDialog(admin, "Approve and credit");
  await expect(admin.getByText(/Payment #\d+ approved/)).toBeVisible();
  await expect(admin.locator("tr", { hasText: email })).toHaveCount(0);
  await admin.goto("/admin/payments?status=APPROVED");
  await expect(admin.locator("tr", { hasText: email })).toContainText("Approved");
  await admin.screenshot({ path: "tmp/admin-payments.png", fullPage: true });

  await customerPage.reload();
  await expect(customerPage.getByTestId("payment-requests")).toContainText("Approved");
  await expect(customerPage.getByTestId("balance")).toHaveText("$25.00");
  await admin.goto("/admin/users");
  await admin.screenshot({ path: "tmp/admin-users.png", fullPage: true });
  await phone.close();
  await admin.context().close();
});
