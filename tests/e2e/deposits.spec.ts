// Automatic top-ups in the browser: a customer opens Add funds, sees the VietQR code and the memo,
// the demo's SePay sender makes the transfer and the balance updates on the page; the same with
// crypto through the NOWPayments simulator's invoice page. The admin finds both deposits.
import { sendSepayWebhook, sepayPayload } from "@/lib/payments/simulator/sepay-sender";
import type { Page } from "@playwright/test";
import { adminPage as ownerPage, confirmDialog, E2E, expect, test } from "./support/fixtures";

/** Add funds: a bank-transfer deposit of `amount`; its panel (QR, memo, demo button). */
async function startBankTransfer(page: Page, amount: string) {
  await page.goto("/add-funds");
  const form = page.getByRole("form", { name: "Automatic top-up" });
  await form.getByLabel("Bank transfer (VietQR)").check();
  await form.getByLabel(/^Amount/).fill(amount);
  await form.getByRole("button", { name: "Continue" }).click();
  return page.getByTestId("deposit-panel");
}

test("bank transfer: QR and memo shown, the simulated transfer credits the balance without a reload", async ({
  page,
  customer,
}) => {
  expect(customer.email).toContain("@");
  const panel = await startBankTransfer(page, "10");

  await expect(panel.getByTestId("vietqr")).toBeVisible();
  await expect(panel.getByTestId("deposit-memo")).toHaveText(/^UPL\d{8}$/);
  await expect(panel.getByText("250,000 VND")).toBeVisible();
  await expect(panel.getByTestId("deposit-balance")).toHaveText("$0.00");
  const url = page.url();

  await panel.getByRole("button", { name: "Simulate the transfer (demo)" }).click();
  await expect(panel.getByTestId("deposit-credited")).toHaveText(
    "Credited $10.00. Your balance is now $10.00.",
  );
  await expect(panel.getByTestId("deposit-balance")).toHaveText("$10.00");
  await expect(page.getByTestId("balance")).toHaveText("$10.00"); // the header, without a reload
  expect(page.url()).toBe(url);
});

test("crypto: the NOWPayments invoice is paid on the simulator's page and the balance updates", async ({
  page,
  customer,
}) => {
  await page.goto("/add-funds");
  const form = page.getByRole("form", { name: "Automatic top-up" });
  await form.getByLabel("Crypto (NOWPayments)").check();
  await form.getByLabel(/^Amount/).fill("5");
  await form.getByRole("button", { name: "Continue" }).click();

  const pay = page.getByRole("link", { name: /Pay with crypto/ });
  await expect(pay).toBeVisible();
  const href = await pay.getAttribute("href");
  expect(href).toContain(`127.0.0.1:${Number(new URL(E2E.baseURL).port) + 2}/invoice/`);
  await page.goto(href!);
  await page.getByRole("button", { name: "Pay with USDT (simulated)" }).click();
  await expect(page).toHaveURL(/\/add-funds\?deposit=\d+/);
  await expect(page.getByTestId("deposit-credited")).toHaveText(
    "Credited $5.00. Your balance is now $5.00.",
    { timeout: 20_000 },
  );

  const adminPage = await ownerPage(page.context().browser()!);
  const admin = adminPage.context();
  await adminPage.goto(`/admin/deposits?q=${encodeURIComponent(customer.email)}`);
  const row = adminPage.getByRole("row", { name: new RegExp(customer.email) });
  await expect(row).toContainText("Credited");
  await row.getByRole("link", { name: /^NP\d{8}$/ }).click();
  await expect(adminPage.getByText("finished: credited (HTTP 200)")).toBeVisible();
  await admin.close();
});

// After the demo-button tests: it ends the demo for SePay on this panel (issue #23, item 1).
test("demo payments end for SePay when the owner saves real SePay settings: the simulate button refuses, then is gone", async ({
  page,
  customer,
  browser,
}) => {
  test.setTimeout(120_000); // two browser contexts and several pages on a loaded 2-core machine
  expect(customer.email).toContain("@");
  const panel = await startBankTransfer(page, "10");
  const simulate = panel.getByRole("button", { name: "Simulate the transfer (demo)" });
  await expect(simulate).toBeVisible();

  const adminPage = await ownerPage(browser);
  const admin = adminPage.context();
  await adminPage.goto("/admin/deposits/gateways");
  const sepay = adminPage.getByRole("form", { name: "Bank transfer (SePay)" });
  await sepay.getByLabel("SePay API key").fill("owner-real-sepay-api-key-0001");
  await sepay.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText("Saved", { exact: true }).first()).toBeVisible();

  // The page opened before the save still shows the button: the server refuses it.
  await simulate.click();
  await expect(page.getByText("Simulated payments only exist in the demo")).toBeVisible();
  await expect(panel.getByTestId("deposit-balance")).toHaveText("$0.00");
  await page.reload();
  await expect(panel.getByTestId("deposit-memo")).toBeVisible();
  await expect(simulate).toHaveCount(0);
  await expect(panel.getByTestId("deposit-balance")).toHaveText("$0.00");

  // The owner sees which gateway is live and which is still a demo.
  await adminPage.reload();
  await expect(adminPage.getByTestId("sepay-mode")).toContainText("Live");
  await expect(adminPage.getByTestId("nowpayments-mode")).toContainText("Demo mode");
  await admin.close();
});

// After the demo test above: SePay runs on the owner's own secrets.
test("assigning an unmatched transfer credits only after the confirmation that names the amount and the customer", async ({
  page,
  customer,
  browser,
}) => {
  test.setTimeout(120_000); // two browser contexts and several pages on a loaded 2-core machine
  const sepay = { apiKey: "owner-real-sepay-api-key-0002", hmacSecret: "owner-real-sepay-hmac-secret-0002" };
  const adminPage = await ownerPage(browser);
  const admin = adminPage.context();
  await adminPage.goto("/admin/deposits/gateways");
  const form = adminPage.getByRole("form", { name: "Bank transfer (SePay)" });
  await form.getByLabel("SePay API key").fill(sepay.apiKey);
  await form.getByLabel("SePay HMAC secret").fill(sepay.hmacSecret);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText("Saved", { exact: true }).first()).toBeVisible();

  // A transfer without a memo the panel knows: it waits in the queue.
  const payload = sepayPayload({
    accountNumber: "0123456789",
    amount: 125000,
    content: "NAP TIEN khong ghi ma",
  });
  expect(await sendSepayWebhook(`${E2E.baseURL}/api/payments/sepay`, payload, sepay)).toEqual({
    status: 200,
    body: { success: true },
  });
  await adminPage.goto("/admin/deposits/queue");
  const row = adminPage.getByTestId(`transfer-${payload.id}`);
  await row.getByLabel("Customer email").fill(customer.email);
  await row.getByRole("button", { name: "Assign and credit" }).click();
  const dialog = adminPage.getByRole("alertdialog");
  await expect(dialog).toContainText(`credited to ${customer.email} now`);
  await expect(dialog).toContainText("$5.00");
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toHaveCount(0);

  // Nothing was credited: the customer's balance is untouched and the transfer still waits.
  await page.goto("/transactions");
  await expect(page.getByTestId("balance")).toHaveText("$0.00");
  await adminPage.reload();
  await expect(row).toContainText("Waiting");

  await row.getByLabel("Customer email").fill(customer.email);
  await row.getByRole("button", { name: "Assign and credit" }).click();
  await confirmDialog(adminPage, "Credit $5.00");
  await expect(adminPage.getByText("Credited $5.00")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("balance")).toHaveText("$5.00");
  await admin.close();
});
