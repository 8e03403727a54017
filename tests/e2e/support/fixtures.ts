// Test fixtures: fresh customers signed up through the UI, and the admin of this worker's panel
// (signed in through the UI once per worker; later tests reuse that session's cookies).
import { randomBytes } from "node:crypto";
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { E2E } from "./environment";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await submitSignIn(page, email, password);
}

/** Fills in the sign-in form already open, keeping its address (e.g. /login?next=...). */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signUp(page: Page, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

/** Answers the confirmation dialog (components/ui/confirm-dialog.tsx) with its confirm button. */
export async function confirmDialog(page: Page, button: string | RegExp) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button }).click();
  await expect(dialog).toHaveCount(0);
}

/** A form's error message (Next's route announcer is an empty alert outside any form). */
export function formAlert(page: Page) {
  return page.locator("form [role=alert]");
}

export function uniqueEmail(tag: string) {
  return `${tag}-${randomBytes(4).toString("hex")}@e2e.test`;
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
let adminState: Promise<StorageState> | undefined;

/** The owner's cookies, from one sign-in through the form per worker (nothing signs the owner out). */
function adminStorageState(browser: Browser): Promise<StorageState> {
  adminState ??= (async () => {
    const context = await browser.newContext({ baseURL: E2E.baseURL });
    try {
      const page = await context.newPage();
      await signIn(page, E2E.adminEmail, E2E.adminPassword);
      await expect(page).toHaveURL(/\/admin$/);
      return await context.storageState();
    } finally {
      await context.close();
    }
  })().catch((error: unknown) => {
    adminState = undefined; // the next test tries again
    throw error;
  });
  return adminState;
}

/** A new browser context signed in as the owner, on the admin dashboard. */
export async function adminPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: E2E.baseURL,
    ...options,
    storageState: await adminStorageState(browser),
  });
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Signs `page`'s own context in as the owner (the worker's session) and opens the admin dashboard. */
export async function signInAsAdmin(page: Page): Promise<void> {
  const state = await adminStorageState(page.context().browser()!);
  await page.context().addCookies(state.cookies);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin$/);
}

type Fixtures = { customer: { email: string; password: string } };

export const test = base.extend<Fixtures>({
  customer: async ({ page }, use) => {
    const customer = { email: uniqueEmail("customer"), password: "customer-pass-1" };
    await signUp(page, customer.email, customer.password);
    await expect(page).toHaveURL(/\/new-order$/);
    await use(customer);
  },
});

export { expect, E2E };

/** Settings > "Allow outbound URLs on private networks" (the e2e simulators listen on 127.0.0.1). Signed in as the owner. */
export async function allowPrivateProviders(page: Page, allowed = true) {
  await page.goto("/admin/settings");
  const allow = page.getByLabel("Allow outbound URLs on private networks");
  if ((await allow.isChecked()) === allowed) return;
  await allow.setChecked(allowed);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved 1 setting")).toBeVisible();
}
