// Credits a customer the way a panel owner does: the admin, in a browser context of their own,
// adjusts the balance on the user's admin page (the customer's own session stays signed in).
import { expect, type Browser } from "@playwright/test";
import { adminPage, confirmDialog } from "./fixtures";

export async function addFunds(browser: Browser, email: string, amount: string): Promise<void> {
  const page = await adminPage(browser);
  try {
    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await page.getByRole("link", { name: email }).click();
    const form = page.getByRole("form", { name: "Adjust balance" });
    await form.getByLabel(/^Amount/).fill(amount);
    await form.getByLabel("Reason").fill("e2e deposit");
    await form.getByRole("button", { name: "Apply adjustment" }).click();
    await confirmDialog(page, /^Credit /);
    await expect(page.getByText(/Balance is now/)).toBeVisible();
  } finally {
    await page.context().close();
  }
}
