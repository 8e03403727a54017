// Languages: the switcher on public pages and in the shell; the account's choice, then the
// cookie, then the browser's Accept-Language.
import { E2E, expect, signUp, test, uniqueEmail } from "./support/fixtures";

test("a visitor switches to Vietnamese and signs up in Vietnamese", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("vi");
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  // The cookie carries the choice to the next page; a form error is in Vietnamese too.
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Tạo tài khoản" })).toBeVisible();
  await page.getByLabel("Email").fill(uniqueEmail("vi"));
  await page.getByLabel("Mật khẩu").fill("short");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Mật khẩu phải có ít nhất 8 ký tự");
  await page.getByLabel("Mật khẩu").fill("viet-pass-1");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/new-order$/);
  await expect(
    page.getByRole("navigation", { name: "Menu chính" }).first().getByRole("link", { name: "Đơn hàng" }),
  ).toBeAttached();
});

test("the language chosen while signed in follows the account to another browser", async ({
  page,
  browser,
}) => {
  test.slow(); // two browsers and two sign-ins
  const email = uniqueEmail("lang");
  await signUp(page, email, "lang-pass-1");
  await expect(page).toHaveURL(/\/new-order$/);
  await page.getByLabel("Language").selectOption("vi");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  // Another browser that asks for English (Accept-Language, no cookie) gets the account's choice.
  const other = await browser.newContext({ baseURL: E2E.baseURL, locale: "en-US" });
  const second = await other.newPage();
  await second.goto("/login");
  await expect(second.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await second.getByLabel("Email").fill(email);
  await second.getByLabel("Password").fill("lang-pass-1");
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second).toHaveURL(/\/new-order$/);
  await expect(second.locator("html")).toHaveAttribute("lang", "vi");
  await other.close();
});
