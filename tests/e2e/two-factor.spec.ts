// Two-factor sign-in in the browser: a customer sets it up from the account page (the test plays
// the authenticator app: it reads the key shown for typing by hand and computes codes with
// otplib), signs out, and signs in again with a code from the app, or with a recovery code.
import { generate } from "otplib";
import type { Page } from "@playwright/test";
import { expect, formAlert, signIn, test } from "./support/fixtures";

const WRONG_CODE = "Wrong code. Check the time on your phone, or use a recovery code.";
const epochNow = () => Math.floor(Date.now() / 1000);
/** The next step's code: inside the server's drift window, and after the step enrolment used. */
const nextCode = (secret: string) => generate({ secret, epoch: epochNow() + 30 });
async function wrongCode(secret: string) {
  const valid = await Promise.all([-30, 0, 30, 60].map((d) => generate({ secret, epoch: epochNow() + d })));
  return ["000000", "111111", "222222", "333333", "444444"].find((code) => !valid.includes(code))!;
}

/** Sets two-factor up from the account page; the key and the recovery codes shown. */
async function enrol(page: Page) {
  await page.goto("/account");
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
  await page.getByRole("link", { name: "Manage" }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("two-factor-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  const listed = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(listed).toHaveCount(10);
  const recoveryCodes = await listed.allInnerTexts();
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText(
    "On: each sign-in asks for a code from your authenticator app.",
  );
  await expect(page.getByText("10 recovery codes left.")).toBeVisible();
  return { secret, recoveryCodes };
}

// A sign-up, a set-up and several sign-ins, each password checked by bcrypt at production cost.
test.slow();

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
}

test("a customer sets up two-factor sign-in, signs out, and signs in with a code from the app", async ({
  page,
  customer,
}) => {
  const { secret } = await enrol(page);

  // The right password alone leads to the code step, with no session yet.
  await signOut(page);
  await signIn(page, customer.email, customer.password);
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  expect((await page.context().cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.getByLabel("Authentication code").fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(formAlert(page)).toHaveText(WRONG_CODE);
  await page.getByLabel("Authentication code").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/new-order$/);
});

test("setting up refuses a code that does not match; a recovery code signs in once", async ({
  page,
  customer,
}) => {
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const pending = (await page.getByTestId("two-factor-secret").innerText()).replace(/\s+/g, "");
  await page.getByLabel("Code from the app").fill(await wrongCode(pending));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(formAlert(page)).toContainText("That code does not match");
  await page.getByRole("button", { name: "Cancel" }).click();

  const { recoveryCodes } = await enrol(page);
  await signOut(page);
  await signIn(page, customer.email, customer.password);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/new-order$/);
  await page.goto("/account/security");
  await expect(page.getByText("9 recovery codes left.")).toBeVisible();

  await signOut(page);
  await signIn(page, customer.email, customer.password);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(formAlert(page)).toHaveText(WRONG_CODE);
  await expect(page).toHaveURL(/\/login$/);
});
