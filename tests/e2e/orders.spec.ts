// Orders end to end: a customer with funds places an order and watches it complete without
// reloading, places a mass order with one bad line, asks for a refill; an admin resolves
// uncertain orders from the review queue; every customer page fits a phone.
import type { Page } from "@playwright/test";
import { createSimulatorRemote } from "@/lib/providers/simulator/remote-control";
import { addFunds } from "./support/add-funds";
import { confirmDialog, E2E, expect, signIn, test } from "./support/fixtures";

const FOLLOWERS = "Instagram Followers [Real, 30 days refill]";
const simulator = () => createSimulatorRemote(`${E2E.simulatorUrl}/__control`, E2E.simulatorControlToken);

async function serviceIdByName(page: Page, name: string): Promise<string> {
  const value = await page.locator("select option", { hasText: name }).first().getAttribute("value");
  expect(value).toMatch(/^\d+$/);
  return value as string;
}

/** Fills the new-order form for the followers service and places it; returns the order id. */
async function placeFollowersOrder(page: Page, link: string, quantity: string): Promise<number> {
  await page.goto("/new-order");
  await page.getByLabel("Search services").fill("Instagram Followers [Real");
  await page.getByLabel("Service", { exact: true }).selectOption(await serviceIdByName(page, FOLLOWERS));
  await page.getByLabel("Link").fill(link);
  await page.getByLabel("Quantity").fill(quantity);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  return Number((await page.getByTestId("placed-order-id").innerText()).replace("#", ""));
}

function orderRow(page: Page, id: number) {
  return page.locator(`[data-testid=order-row][data-order-id="${id}"]`);
}

test("a customer places an order, watches it complete live, mass-orders and asks for a refill", async ({
  browser,
  page,
  customer,
}) => {
  test.setTimeout(120_000);
  await addFunds(browser, customer.email, "100");
  await page.goto("/new-order");
  await expect(page.getByTestId("balance")).toHaveText("$100.00");

  // Service, fields, min/max hint, a live field error and the live charge.
  await page.getByLabel("Search services").fill("Instagram Followers [Real");
  const serviceId = await serviceIdByName(page, FOLLOWERS);
  await page.getByLabel("Service", { exact: true }).selectOption(serviceId);
  await expect(page.getByTestId("service-description")).toContainText("Refill");
  await expect(page.getByText(/Min 50 · max 10,000/)).toBeVisible();
  await page.getByLabel("Link").fill("https://instagram.com/e2e_orders");
  await page.getByLabel("Quantity").fill("10");
  await page.getByLabel("Quantity").blur();
  await expect(page.getByText("Quantity less than minimal 50")).toBeVisible();
  await page.getByLabel("Quantity").fill("1000");
  await expect(page.getByTestId("live-charge")).toHaveText(/^\$\d+\.\d\d$/);
  const charge = await page.getByTestId("live-charge").innerText();

  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  await expect(page.getByTestId("placed-charge")).toHaveText(charge);
  const newBalance = await page.getByTestId("placed-balance").innerText();
  expect(newBalance).not.toBe("$100.00");
  await expect(page.getByTestId("balance")).toHaveText(newBalance); // header, without a reload
  const orderId = Number((await page.getByTestId("placed-order-id").innerText()).replace("#", ""));

  // The orders page follows the status by itself: no reload between Pending and Completed.
  await page.goto("/orders");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const row = orderRow(page, orderId);
  await expect(row).toContainText("https://instagram.com/e2e_orders");
  await expect(row.getByTestId("order-status")).toHaveAttribute("data-status", "IN_PROGRESS", {
    timeout: 30_000,
  });
  await expect(row.getByTestId("order-status")).toHaveAttribute("data-status", "COMPLETED", {
    timeout: 45_000,
  });
  await expect(row.getByTestId("order-status")).toHaveText("Completed");
  expect(
    await page.evaluate(() =>
      (window as unknown as { stayed?: boolean }).stayed ? "the same page" : "a reloaded page",
    ),
  ).toBe("the same page");
  await expect(page.getByTestId("count-completed")).toHaveText("1");
  await page.screenshot({ path: "tmp/screens/desktop-orders.png", fullPage: true });

  // Refill: offered on the completed order of a refill service, listed on the refills page.
  await row.getByRole("button", { name: "Refill" }).click();
  await expect(page.getByText(new RegExp(`Refill #\\d+ requested for order #${orderId}`))).toBeVisible();
  await expect(row.getByRole("button", { name: "Refill", exact: true })).toHaveCount(0);
  await expect(row.getByTestId("refill-requested")).toBeDisabled();
  await page.goto("/refills");
  await expect(page.getByTestId("refill-row").first()).toContainText(`#${orderId}`);
  await expect(
    page.getByTestId("refill-row").first().getByRole("link", { name: "https://instagram.com/e2e_orders" }),
  ).toHaveAttribute("href", "https://instagram.com/e2e_orders");

  // Mass order with one bad line: the good lines are placed, the bad one says why.
  await page.goto("/mass-order");
  await page
    .getByLabel("Orders, one per line")
    .fill(
      [
        `${serviceId}|https://instagram.com/e2e_mass_1|100`,
        `${serviceId}|not a link|100`,
        `${serviceId}|https://instagram.com/e2e_mass_2|200`,
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Place orders" }).click();
  const results = page.getByTestId("mass-result");
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toHaveAttribute("data-ok", "true");
  await expect(results.nth(1)).toHaveAttribute("data-ok", "false");
  await expect(results.nth(1)).toContainText("Bad link");
  await expect(results.nth(2)).toHaveAttribute("data-ok", "true");
  await expect(
    page.locator("[data-sonner-toast][data-type=warning]", { hasText: "2 orders placed, 1 line failed" }),
  ).toBeVisible();
  await page.screenshot({ path: "tmp/screens/desktop-mass-order.png", fullPage: true });

  await page.goto("/transactions");
  await expect(page.getByTestId("transaction-row")).toHaveCount(4); // deposit + 3 charges
});

test("an admin resolves uncertain orders from the review queue", async ({ browser, page, customer }) => {
  test.setTimeout(120_000);
  await addFunds(browser, customer.email, "50");
  const remote = simulator();
  // The provider takes the order but the answer never arrives: uncertain, so it goes to review.
  await remote.setFault("add", "accept_then_drop", { count: 2 });
  const attachId = await placeFollowersOrder(page, "https://instagram.com/e2e_review_attach", "100");
  const refundId = await placeFollowersOrder(page, "https://instagram.com/e2e_review_refund", "100");
  await remote.clearFaults();

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, E2E.adminEmail, E2E.adminPassword);
  await expect(page).toHaveURL(/\/admin$/);

  // Both wait in the review queue (the dashboard links here with ?state=review).
  await expect(async () => {
    await page.goto("/admin/orders?state=review");
    for (const id of [attachId, refundId]) {
      await expect(page.locator(`[data-testid=admin-order-row][data-order-id="${id}"]`)).toContainText(
        "Needs review",
        { timeout: 1_000 },
      );
    }
  }).toPass({ timeout: 30_000 });

  // The simulator did accept the first order: attach its id, and the status sync follows it.
  const truth = (await remote.truth()) as { orders: Array<{ id: number; link: string | null }> };
  const upstream = truth.orders.find((o) => o.link === "https://instagram.com/e2e_review_attach");
  expect(upstream).toBeDefined();
  await page
    .locator(`[data-testid=admin-order-row][data-order-id="${attachId}"]`)
    .getByRole("link", { name: `#${attachId}` })
    .click();
  await expect(page.getByRole("heading", { name: `Order #${attachId}` })).toBeVisible();
  await expect(page.getByTestId("dispatch-state")).toHaveText("Needs review");
  await expect(page.getByTestId("exchange-row").first()).toContainText("uncertain");
  await page.getByLabel("Provider order ID").fill(String(upstream?.id));
  await page.getByRole("button", { name: "Attach ID" }).click();
  await confirmDialog(page, "Attach ID");
  await expect(page.getByText(`Provider order ID ${upstream?.id} attached`)).toBeVisible();
  await expect(page.getByTestId("dispatch-state")).toHaveText("Sent");
  await expect(page.getByTestId("provider-order-id")).toHaveText(String(upstream?.id));
  await page.screenshot({ path: "tmp/screens/desktop-admin-order.png", fullPage: true });

  // The second: cancel and refund the whole charge.
  await page.goto(`/admin/orders/${refundId}`);
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("goes back to the customer's balance");
  await confirmDialog(page, /^Cancel and refund \$/);
  await expect(page.getByText(/Order canceled; refunded \$\d+\.\d\d/)).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("Canceled");
  await expect(page.getByTestId("ledger-row")).toHaveCount(2);
  await expect(page.getByTestId("ledger-row").nth(1)).toContainText("Refund");

  await page.goto("/admin/orders?state=review");
  await expect(page.locator(`[data-testid=admin-order-row][data-order-id="${attachId}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid=admin-order-row][data-order-id="${refundId}"]`)).toHaveCount(0);
});

// Every customer page with data on it, at desktop size and at 390x844: nothing scrolls sideways
// on the phone. Screenshots of both sizes go to tmp/screens/ to be looked at.
const CUSTOMER_PAGES = [
  "/new-order",
  "/orders",
  "/mass-order",
  "/services",
  "/refills",
  "/add-funds",
  "/transactions",
  "/api-access",
  "/account",
];

test("every customer page fits a 390px phone; screenshots at both sizes", async ({
  browser,
  page,
  customer,
}) => {
  test.setTimeout(240_000);
  await addFunds(browser, customer.email, "20");
  await placeFollowersOrder(
    page,
    "https://instagram.com/e2e_phone_with_a_rather_long_username_to_wrap",
    "100",
  );

  for (const size of [
    { name: "desktop", width: 1280, height: 800 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const path of CUSTOMER_PAGES) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      if (size.name === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await page.screenshot({
        path: `tmp/screens/${size.name}${path.replace("/", "-")}.png`,
        fullPage: true,
      });
    }
  }
});
