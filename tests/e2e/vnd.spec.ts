// The Vietnamese market's panel: it sells in VND (VND_PANEL, started with PANEL_CURRENCY=VND)
// and buys from its demo provider in USD at the demo rate. A customer on a phone, reading
// Vietnamese, signs up, tops up by bank transfer, orders and finds the order in the list; the
// owner raises the USD rate and the customer's price follows. The phone screenshots of the
// new-order and orders pages land in tmp/screens/vnd-*.png, to be looked at.
import type { Browser, Page } from "@playwright/test";
import { VND_PANEL } from "./support/environment";
import { confirmDialog, E2E, expect, test, uniqueEmail } from "./support/fixtures";

const FOLLOWERS = "Instagram Followers [Real, 30 days refill]";
/** "1.250.000 ₫": VND groups with dots and has no decimals. */
const VND_AMOUNT = /^\d{1,3}(\.\d{3})*\s₫$/;
const vnd = (text: string) => Number(text.replace(/[^\d]/g, ""));

async function vietnamese(browser: Browser, phone: boolean): Promise<Page> {
  const size = phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {};
  const context = await browser.newContext({ baseURL: VND_PANEL.baseURL, locale: "vi-VN", ...size });
  return context.newPage();
}

/** The owner, signed in on the VND panel in Vietnamese at desktop size. */
async function vietnameseOwner(browser: Browser): Promise<Page> {
  const admin = await vietnamese(browser, false);
  await admin.goto("/login");
  await admin.getByLabel("Email").fill(E2E.adminEmail);
  await admin.getByLabel("Mật khẩu").fill(E2E.adminPassword);
  await admin.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(admin).toHaveURL(/\/admin$/);
  return admin;
}

/** Picks the followers service on the new-order page and asks for `quantity`; returns the live charge. */
async function followersCharge(page: Page, quantity: string): Promise<string> {
  await page.goto("/new-order");
  await page.getByLabel("Tìm dịch vụ").fill("Instagram Followers [Real");
  const option = page.locator("select option", { hasText: FOLLOWERS }).first();
  await page.getByLabel("Dịch vụ", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await page.getByLabel("Liên kết").fill("https://instagram.com/vnd_panel");
  await page.getByLabel("Số lượng").fill(quantity);
  await expect(page.getByTestId("live-charge")).toHaveText(VND_AMOUNT);
  return page.getByTestId("live-charge").innerText();
}

test("a Vietnamese customer tops up, orders and follows the order in VND; a new USD rate re-prices", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await vietnamese(browser, true);
  await page.goto("/signup");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByLabel("Email").fill(uniqueEmail("vnd"));
  await page.getByLabel("Mật khẩu").fill("vnd-pass-1");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/new-order$/);

  // Top-up by bank transfer (VietQR): the demo's SePay sender makes the transfer.
  await page.goto("/add-funds");
  const form = page.getByRole("form", { name: "Nạp tiền tự động" });
  await form.getByLabel("Chuyển khoản ngân hàng (VietQR)").check();
  // The amount field reads like a VND amount on a Vietnamese page (the panel's minimum, dot
  // grouping, no decimals), and takes an amount written the same way.
  const amount = form.getByLabel(/^Số tiền/);
  await expect(amount).toHaveAttribute("placeholder", "26.000");
  await expect(amount).toHaveAttribute("inputmode", "numeric");
  await amount.fill("250.000");
  await form.getByRole("button", { name: "Tiếp tục" }).click();
  const deposit = page.getByTestId("deposit-panel");
  await expect(deposit.getByTestId("vietqr")).toBeVisible();
  await deposit.getByRole("button", { name: "Giả lập chuyển khoản (demo)" }).click();
  await expect(deposit.getByTestId("deposit-credited")).toHaveText(
    /^Đã cộng 250\.000\s₫\. Số dư hiện tại: 250\.000\s₫\.$/,
  );
  await expect(page.getByTestId("balance")).toHaveText(/^250\.000\s₫$/);

  // An order, charged in VND as the live charge said.
  const charge = await followersCharge(page, "1000");
  await page.screenshot({ path: "tmp/screens/vnd-new-order-phone.png", fullPage: true });
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  await expect(page.getByTestId("placed-charge")).toHaveText(charge);
  const orderId = (await page.getByTestId("placed-order-id").innerText()).replace("#", "");
  await expect
    .poll(async () => vnd(await page.getByTestId("balance").innerText()))
    .toBe(250_000 - vnd(charge));

  // Numbers in messages are written the page's way too: the quantity's maximum, and the mass
  // order's total and balance when the balance is short.
  await page.getByLabel("Tìm dịch vụ").fill("Instagram Followers [Real");
  const serviceId = (await page
    .locator("select option", { hasText: FOLLOWERS })
    .first()
    .getAttribute("value"))!;
  await page.getByLabel("Dịch vụ", { exact: true }).selectOption(serviceId);
  await page.getByLabel("Số lượng").fill("20000");
  await expect(page.getByText("Số lượng tối đa là 10.000")).toBeVisible();
  await page.goto("/mass-order");
  await page
    .getByLabel("Danh sách đơn, mỗi dòng một đơn")
    .fill(`${serviceId}|https://instagram.com/vnd_mass|10000`);
  await page.getByRole("button", { name: "Đặt đơn" }).click();
  const shortOf = page.locator("form").getByRole("alert");
  await expect(shortOf).toHaveText(
    /^Số dư không đủ: các dòng hợp lệ cần \d{1,3}(\.\d{3})*\s₫, số dư hiện có \d{1,3}(\.\d{3})*\s₫\. Chưa có đơn nào được đặt\.$/,
  );
  expect(await shortOf.innerText()).toContain(await page.getByTestId("balance").innerText());

  await page.goto("/orders");
  await expect(page.getByRole("heading", { name: "Đơn hàng" })).toBeVisible();
  const row = page.locator(`[data-testid=order-row][data-order-id="${orderId}"]`);
  await expect(row).toContainText("instagram.com/vnd_panel");
  await expect(row).toContainText(charge);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "tmp/screens/vnd-orders-phone.png", fullPage: true });

  // The owner raises the USD rate from the demo's 26.000 to 30.000 ₫: prices follow at once.
  const admin = await vietnameseOwner(browser);
  await admin.goto("/admin/currencies");
  const usd = admin.getByTestId("currency-row-USD");
  await expect(usd.getByLabel("VND cho 1 USD")).toHaveValue("26000");
  await usd.getByLabel("VND cho 1 USD").fill("30000");
  await usd.getByRole("button", { name: "Lưu" }).click();
  await expect(admin.getByText(/^Đã lưu tỷ giá; tính lại giá \d+ dịch vụ$/)).toBeVisible();

  const after = vnd(await followersCharge(page, "1000")) / vnd(charge);
  expect(after).toBeGreaterThan(1.14);
  expect(after).toBeLessThan(1.17);
});

test("the owner credits 250.000 ₫ written the Vietnamese way, and the customer's balance is 250.000 ₫", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("vnd-credit");
  const customer = await vietnamese(browser, false);
  await customer.goto("/signup");
  await customer.getByLabel("Email").fill(email);
  await customer.getByLabel("Mật khẩu").fill("vnd-pass-1");
  await customer.getByRole("button", { name: "Đăng ký" }).click();
  await expect(customer).toHaveURL(/\/new-order$/);

  const admin = await vietnameseOwner(browser);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  const form = admin.getByRole("form", { name: "Điều chỉnh số dư" });
  await form.getByLabel(/^Số tiền/).fill("250.000");
  await form.getByLabel("Lý do").fill("chuyển khoản ngân hàng");
  await form.getByRole("button", { name: "Áp dụng điều chỉnh" }).click();
  // The confirmation names the amount as the page reads it: 250.000 ₫, not 250 ₫.
  await confirmDialog(admin, /^Cộng 250\.000\s₫$/);
  await expect(admin.getByTestId("user-balance")).toHaveText(/^250\.000\s₫$/);

  await customer.reload();
  await expect(customer.getByTestId("balance")).toHaveText(/^250\.000\s₫$/);
});
