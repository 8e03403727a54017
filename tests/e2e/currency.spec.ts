// Currencies end to end: a provider pricing in EUR (a simulator over real HTTP) is added; the
// admin sets the EUR rate, imports a service, then changes the rate, and the customer's price
// follows. The panel sells in USD (the e2e server's currency).
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { startSimulator, type SimService, type SimulatorHandle } from "@/lib/providers/simulator";
import { allowPrivateProviders, expect, signInAsAdmin, signUp, test, uniqueEmail } from "./support/fixtures";

const tag = randomBytes(3).toString("hex");
const NAME = `Euro Likes ${tag}`;
const CATALOG: SimService[] = [
  {
    service: 701,
    name: NAME,
    type: "Default",
    category: `Euro ${tag}`,
    rate: "2.00",
    min: 10,
    max: 10000,
    refill: false,
    cancel: false,
    dripfeed: false,
  },
];
const SHOTS = "/tmp/shots-currency";

let sim: SimulatorHandle;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  sim = await startSimulator({ clock: "manual", catalog: CATALOG, currency: "EUR" });
});

test.afterAll(async () => {
  await sim?.close();
});

test("an admin changes the EUR rate and the customer's prices change", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);

  // The provider's balance answer says EUR: the panel (USD) has no rate yet, so importing is refused.
  await allowPrivateProviders(page);
  await page.goto("/admin/providers/new");
  await page.getByLabel("Name").fill(`Euro provider ${tag}`);
  await page.getByLabel("API URL").fill(sim.url);
  await page.getByLabel("API key").fill(sim.key);
  await page.getByRole("button", { name: "Add provider" }).click();
  await expect(page).toHaveURL(/\/admin\/providers$/);
  const providerRow = page.getByRole("row").filter({ hasText: `Euro provider ${tag}` });
  await providerRow.getByRole("button", { name: /Refresh balance/ }).click();
  await expect(providerRow.getByText(/EUR/).first()).toBeVisible();

  await page.goto("/admin/services/import");
  await page.getByTestId("import-provider").selectOption({ label: `Euro provider ${tag}` });
  await page.getByRole("button", { name: "Load services" }).click();
  await expect(page.getByText("Set an exchange rate for EUR")).toBeVisible();

  // Admin > Currencies: EUR is listed without a rate; set 1 EUR = 1.1 USD.
  await page.goto("/admin/currencies");
  const row = page.getByTestId("currency-row-EUR");
  await expect(row).toContainText("No rate");
  await row.getByLabel("USD per 1 EUR").fill("1.1");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Rate saved; 0 services re-priced")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-currencies.png`, fullPage: true });

  // Import: 2.00 EUR = 2.20 USD, +30% = 2.86 USD.
  await page.goto("/admin/services/import");
  await page.getByTestId("import-provider").selectOption({ label: `Euro provider ${tag}` });
  await page.getByRole("button", { name: "Load services" }).click();
  const item = page.getByTestId("import-item-701");
  await expect(item).toContainText("$2.20 (€2.00)");
  await expect(item).toContainText("$2.86");
  await item.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Import 1 service" }).click();
  await expect(page).toHaveURL(/\/admin\/services$/);

  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await signUp(customer, uniqueEmail("currency"), "customer-pass-1");
  await expect(customer).toHaveURL(/\/new-order$/);
  await customer.goto("/services");
  await customer.getByTestId("catalog-search").fill(NAME);
  const found = customer.locator("[data-testid^=catalog-row-]", { hasText: NAME });
  await expect(found).toContainText("$2.86");

  // The rate moves to 1.2: 2.40 USD + 30% = 3.12 USD, logged in the sync log.
  await page.goto("/admin/currencies");
  await page.getByTestId("currency-row-EUR").getByLabel("USD per 1 EUR").fill("1.2");
  await page.getByTestId("currency-row-EUR").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Rate saved; 1 service re-priced")).toBeVisible();
  await page.goto("/admin/services/sync-log");
  await expect(
    page
      .getByTestId("sync-log-row")
      .filter({ hasText: "exchange rate" })
      .filter({ hasText: "1.1" })
      .filter({ hasText: "1.2" }),
  ).toHaveCount(1);
  await expect(
    page.getByTestId("sync-log-row").filter({ hasText: NAME }).filter({ hasText: "2.86000 → 3.12000" }),
  ).toHaveCount(1);

  await customer.reload();
  await customer.getByTestId("catalog-search").fill(NAME);
  await expect(found).toContainText("$3.12");
  await customer.screenshot({ path: `${SHOTS}/customer-services.png`, fullPage: true });
  await customer.setViewportSize({ width: 390, height: 844 });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/currencies");
  await page.screenshot({ path: `${SHOTS}/admin-currencies-phone.png`, fullPage: true });
  await customerContext.close();
});
