// Languages: the switcher on public pages and in the shell; the account's choice, then the
// cookie, then the browser's Accept-Language.
import { E2E, expect, test, uniqueEmail } from "./support/fixtures";

test("a visitor switches to Vietnamese, signs up in Vietnamese and keeps the choice on the account", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("vi");
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  // The cookie carries the choice to the next page; a form error is in Vietnamese too.
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Tạo tài khoản" })).toBeVisible();
  const email = uniqueEmail("vi");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("short");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Mật khẩu phải có ít nhất 8 ký tự");
  await page.getByLabel("Mật khẩu").fill("viet-pass-1");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/new-order$/);
  await expect(page.getByRole("navigation", { name: "Menu chính" }).first().getByRole("link", { name: "Đơn hàng" })).toBeAttached();

  // Chosen in the shell while signed in: saved on the account, so it wins over another
  // browser's Accept-Language and cookie.
  await page.getByLabel("Ngôn ngữ").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const other = await browser.newContext({ baseURL: E2E.baseURL, locale: "vi-VN" });
  const second = await other.newPage();
  await second.goto("/login");
  await expect(second.getByRole("heading", { name: "Đăng nhập" })).toBeVisible(); // Accept-Language: vi
  await second.getByLabel("Email").fill(email);
  await second.getByLabel("Mật khẩu").fill("viet-pass-1");
  await second.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(second).toHaveURL(/\/new-order$/);
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await other.close();
});
