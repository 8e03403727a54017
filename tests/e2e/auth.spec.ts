import { E2E, expect, formAlert, signIn, signUp, test, uniqueEmail } from "./support/fixtures";

test("a visitor signs up, lands in the customer area, signs out and back in", async ({ page }) => {
  const email = uniqueEmail("signup");
  await signUp(page, email, "first-pass-1");
  await expect(page).toHaveURL(/\/new-order$/);
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, email, "first-pass-1");
  await expect(page).toHaveURL(/\/new-order$/);
});

test("sign-up explains a taken email and a weak password", async ({ page, customer }) => {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await signUp(page, customer.email, "another-pass-2");
  await expect(formAlert(page)).toHaveText("An account with this email already exists");
  await signUp(page, uniqueEmail("weak"), "short");
  await expect(formAlert(page)).toHaveText("Password must be at least 8 characters");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, E2E.adminEmail, "not-the-password-1");
  await expect(formAlert(page)).toHaveText("Wrong email or password");
  await expect(page).toHaveURL(/\/login$/);
});

test("a customer gets a 404 at /admin and sees no admin data", async ({ page, customer }) => {
  expect(customer.email).toContain("@e2e.test");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  await expect(page.getByTestId("stat-customers")).toHaveCount(0);
});

test("the first admin signs in to the dashboard", async ({ page }) => {
  await signIn(page, E2E.adminEmail, E2E.adminPassword);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("stat-customers")).toBeVisible();
});
