// The admin's order tools in Chromium: status tabs, a bulk Cancel and refund from the list, the
// start count edited on the detail page, and a stuck order resent once the provider recovers.
import { createSimulatorRemote } from "@/lib/providers/simulator/remote-control";
import { addFunds } from "./support/add-funds";
import { adminPage, confirmDialog, E2E, expect, test } from "./support/fixtures";

const FOLLOWERS = "Instagram Followers [Real, 30 days refill]";

test("an admin cancels orders in bulk, edits a start count and resends a stuck order", async ({
  browser,
  page,
  customer,
}) => {
  test.setTimeout(180_000);
  await addFunds(browser, customer.email, "20");
  const remote = createSimulatorRemote(`${E2E.simulatorUrl}/__control`, E2E.simulatorControlToken);
  // The provider is out of funds: the orders stay queued (stuck), never sent.
  await remote.setFault("add", "no_funds", { count: 1000 });
  const ids: number[] = [];
  try {
    for (const link of ["https://instagram.com/e2e_tools_a", "https://instagram.com/e2e_tools_b"]) {
      await page.goto("/new-order");
      await page.getByLabel("Search services").fill("Instagram Followers [Real");
      const value = await page.locator("select option", { hasText: FOLLOWERS }).first().getAttribute("value");
      await page.getByLabel("Service", { exact: true }).selectOption(value as string);
      await page.getByLabel("Link").fill(link);
      await page.getByLabel("Quantity").fill("100");
      await page.getByRole("button", { name: "Place order" }).click();
      await expect(page.getByTestId("order-placed")).toBeVisible();
      ids.push(Number((await page.getByTestId("placed-order-id").innerText()).replace("#", "")));
    }
    // The balance after both charges, once the header shows it too (it follows the placement).
    const balanceBefore = await page.getByTestId("placed-balance").innerText();
    await expect(page.getByTestId("balance")).toHaveText(balanceBefore);
    const [a, b] = ids;

    const admin = await adminPage(browser, { viewport: { width: 1280, height: 800 } });
    const context = admin.context();

    // Status tabs with counts; bulk Cancel and refund of b from the Pending tab.
    await admin.goto(`/admin/orders?user=${encodeURIComponent(customer.email)}`);
    await admin.getByTestId("admin-tab-pending").click();
    await expect(admin).toHaveURL(/status=pending/);
    await expect(admin.getByTestId("admin-tab-pending")).toContainText("2");
    const rowB = admin.locator(`[data-testid=admin-order-row][data-order-id="${b}"]`);
    await expect(rowB).toContainText("Charge");
    await rowB.getByRole("checkbox", { name: `Select order #${b}` }).check();
    await admin.getByLabel("Selected orders:").selectOption("CANCELED");
    await admin.getByRole("button", { name: "Apply" }).click();
    await expect(admin.getByRole("alertdialog")).toContainText("gets the whole charge of the order back");
    await confirmDialog(admin, "Cancel and refund");
    await expect(admin.getByText("1 of 1 order changed")).toBeVisible();
    await expect(admin.locator(`[data-testid=admin-order-row][data-order-id="${b}"]`)).toHaveCount(0); // no longer Pending
    await admin.getByTestId("admin-tab-canceled").click();
    await expect(admin.locator(`[data-testid=admin-order-row][data-order-id="${b}"]`)).toContainText(
      "Refunded",
    );

    // Start count, then the stuck order goes out once the provider has funds again.
    await admin.goto(`/admin/orders/${a}`);
    await admin.getByLabel("Start count").fill("777");
    await admin.getByRole("button", { name: "Save start count" }).click();
    await confirmDialog(admin, "Save start count");
    await expect(admin.getByText("Start count saved")).toBeVisible();
    await expect(admin.getByLabel("Start count")).toHaveValue("777");
    await remote.clearFaults();
    await admin.getByRole("button", { name: "Resend" }).click();
    await expect(admin.getByRole("alertdialog")).toContainText("The customer is not charged again");
    await confirmDialog(admin, "Resend");
    await expect(admin.getByText("The provider accepted the order")).toBeVisible();
    await expect(admin.getByTestId("dispatch-state")).toHaveText("Sent");
    await expect(admin.getByRole("button", { name: "Resend" })).toHaveCount(0);
    await context.close();

    // The customer got b's charge back, and nothing more was taken for the resend.
    // Rows by their order link: a row's cells run together in its text ("#3Admin: ..."), so a
    // text pattern cannot tell where the order number ends.
    await page.goto("/transactions");
    const rowsOf = (id: number) =>
      page
        .getByTestId("transaction-row")
        .filter({ has: page.getByRole("link", { name: `#${id}`, exact: true }) });
    await expect(rowsOf(b)).toHaveCount(2); // charge + refund
    await expect(rowsOf(a)).toHaveCount(1); // one charge
    expect(await page.getByTestId("balance").innerText()).not.toBe(balanceBefore);
  } finally {
    await remote.clearFaults();
  }
});
