// Every customer page at 390x844 and at desktop size, with data on it: nothing scrolls sideways
// on the phone. Screenshots of both sizes go to tmp/screens/ to be looked at.
import { addFunds } from "./support/add-funds";
import { expect, test } from "./support/fixtures";

const CUSTOMER_PAGES = ["/new-order", "/orders", "/mass-order", "/services", "/refills", "/add-funds", "/transactions", "/api-access", "/account"];

test("every customer page fits a 390px phone; screenshots at both sizes", async ({ browser, page, customer }) => {
  test.setTimeout(240_000);
  await addFunds(browser, customer.email, "10");
  await page.goto("/new-order");
  await page.getByLabel("Link").fill("https://instagram.com/e2e_phone_pages_with_a_long_handle");
  await page.getByLabel("Quantity").fill("100");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();

  for (const size of [{ name: "desktop", width: 1280, height: 800 }, { name: "phone", width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    for (const path of CUSTOMER_PAGES) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      if (size.name === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await page.screenshot({ path: `tmp/screens/${size.name}${path.replace("/", "-")}.png`, fullPage: true });
    }
  }
});
