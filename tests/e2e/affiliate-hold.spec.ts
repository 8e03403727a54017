// Commission on spend is pending while its order runs (issue 23, item 3): the referrer's page
// shows it apart from the available earnings, moving it to the balance is refused, and once the
// order completes it becomes available and can be moved.
import type { Browser, Page } from "@playwright/test";
import { addFunds } from "./support/add-funds";
import { adminPage, E2E, expect, signUp, test, uniqueEmail } from "./support/fixtures";

const FOLLOWERS = "Instagram Followers [Real, 30 days refill]";

async function contextFrom(browser: Browser, ip: string) {
  const context = await browser.newContext({
    baseURL: E2E.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  return { context, page: await context.newPage() };
}

async function setCommission(admin: Page, basis: "spend" | "deposit", percent: string) {
  await admin.goto("/admin/settings");
  await admin.getByLabel("Affiliate commission (%)").fill(percent);
  await admin.getByLabel("Commission on").selectOption(basis);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText(/Saved \d+ settings?/)).toBeVisible();
}

test("commission on a running order is pending and cannot be moved until the order completes", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const adminTab = await adminPage(browser, { extraHTTPHeaders: { "x-forwarded-for": "192.0.2.31" } });
  const admin = { context: adminTab.context(), page: adminTab };
  await setCommission(admin.page, "spend", "10");

  try {
    const referrer = await contextFrom(browser, "203.0.113.31");
    const referrerEmail = uniqueEmail("hold-referrer");
    await signUp(referrer.page, referrerEmail, "referrer-pass-1");
    await expect(referrer.page).toHaveURL(/\/new-order$/);
    await referrer.page.goto("/affiliates");
    const link = (await referrer.page.getByTestId("referral-link").textContent())!.trim();

    const referred = await contextFrom(browser, "198.51.100.31");
    await referred.page.goto(new URL(link).pathname);
    const referredEmail = uniqueEmail("hold-referred");
    await referred.page.getByLabel("Email").fill(referredEmail);
    await referred.page.getByLabel("Password").fill("referred-pass-1");
    await referred.page.getByRole("button", { name: "Sign up" }).click();
    await expect(referred.page).toHaveURL(/\/new-order$/);
    await addFunds(browser, referredEmail, "100");

    await referred.page.goto("/new-order");
    await referred.page.getByLabel("Search services").fill("Instagram Followers [Real");
    const serviceId = await referred.page
      .locator("select option", { hasText: FOLLOWERS })
      .first()
      .getAttribute("value");
    await referred.page.getByLabel("Service", { exact: true }).selectOption(serviceId!);
    await referred.page.getByLabel("Link").fill("https://instagram.com/e2e_affiliate_hold");
    await referred.page.getByLabel("Quantity").fill("10000");
    await referred.page.getByRole("button", { name: "Place order" }).click();
    await expect(referred.page.getByTestId("order-placed")).toBeVisible();
    const orderId = Number((await referred.page.getByTestId("placed-order-id").innerText()).replace("#", ""));

    // The order runs: its commission is pending, nothing is available, moving it is refused.
    await referrer.page.reload();
    await expect(referrer.page.getByTestId("affiliate-balance")).toHaveText("$0.00");
    const pending = (await referrer.page.getByTestId("affiliate-pending").innerText()).trim();
    expect(pending).toMatch(/^\$\d+\.\d+$/);
    expect(pending).not.toBe("$0.00");
    // What the form takes: the panel's 2 decimals (a commission may have more).
    const amount = pending.slice(1).replace(/^(\d+\.\d\d)\d*$/, "$1");
    await referrer.page.getByLabel("Amount ($)").fill(amount);
    await referrer.page.getByRole("button", { name: "Move to my balance" }).click();
    await expect(referrer.page.getByText(/Not enough affiliate earnings available/)).toBeVisible();
    await expect(referrer.page.getByTestId("balance")).toHaveText("$0.00");

    // The owner sees the same split.
    await admin.page.goto("/admin/affiliates");
    const row = admin.page.locator("tr", { hasText: referrerEmail });
    await expect(row.locator("td").nth(5)).toHaveText("$0.00");
    await expect(row.locator("td").nth(6)).toHaveText(pending);

    // The provider completes the order: the commission becomes available and can be moved.
    await referred.page.goto("/orders");
    await expect(
      referred.page
        .locator(`[data-testid=order-row][data-order-id="${orderId}"]`)
        .getByTestId("order-status"),
    ).toHaveAttribute("data-status", "COMPLETED", {
      timeout: 90_000,
    });
    await referrer.page.reload();
    await expect(referrer.page.getByTestId("affiliate-balance")).toHaveText(pending);
    await expect(referrer.page.getByTestId("affiliate-pending")).toHaveText("$0.00");
    await referrer.page.getByLabel("Amount ($)").fill(amount);
    await referrer.page.getByRole("button", { name: "Move to my balance" }).click();
    await expect(referrer.page.getByText("Moved to your balance.")).toBeVisible();
    await expect(referrer.page.getByTestId("balance")).toHaveText(`$${amount}`);
    for (const who of [referrer, referred]) await who.context.close();
  } finally {
    await setCommission(admin.page, "deposit", "5");
    await admin.context.close();
  }
});
