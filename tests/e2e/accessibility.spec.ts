// axe-core over every page a customer or an admin can open (found from app/**/page.tsx, so new
// pages are checked too), with data on them: zero serious or critical violations.
import { AxeBuilder } from "@axe-core/playwright";
import { globSync } from "tinyglobby";
import path from "node:path";
import type { Page } from "@playwright/test";
import { addFunds } from "./support/add-funds";
import { E2E, expect, signIn, test } from "./support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");

/** URL paths of the pages under an app folder: route groups dropped, dynamic segments filled in. */
function pagesUnder(folder: string, ids: Record<string, string>): string[] {
  return globSync(`${folder}/**/page.tsx`, { cwd: path.join(root, "app") })
    .map((file) => "/" + path.dirname(file).split("/").filter((part) => !/^\(.*\)$/.test(part)).join("/"))
    .map((route) => route.replace(/\/\[(\w+)\]/g, (_, _name: string, offset: number) => `/${ids[route.slice(0, offset)] ?? "1"}`))
    .sort();
}

async function seriousViolations(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("every customer and admin page has no serious or critical accessibility violations", async ({ browser, page, customer }) => {
  test.setTimeout(300_000);
  await addFunds(browser, customer.email, "10");
  await page.goto("/new-order");
  await page.getByLabel("Link").fill("https://instagram.com/e2e_axe");
  await page.getByLabel("Quantity").fill("100");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  const orderId = (await page.getByTestId("placed-order-id").innerText()).replace("#", "");

  const found: string[] = [];
  for (const url of pagesUnder("(customer)", {})) found.push(...(await seriousViolations(page, url)));

  const context = await browser.newContext({ baseURL: E2E.baseURL });
  const admin = await context.newPage();
  await signIn(admin, E2E.adminEmail, E2E.adminPassword);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto(`/admin/users?q=${encodeURIComponent(customer.email)}`);
  const userHref = await admin.getByRole("link", { name: customer.email }).getAttribute("href");
  await admin.goto("/admin/services");
  const serviceHref = await admin.locator('a[href^="/admin/services/"]').filter({ hasNotText: /categor|import|sync/i }).first().getAttribute("href");
  const ids = { "/admin/orders": orderId, "/admin/users": userHref!.split("/").pop()!, "/admin/services": serviceHref!.split("/").pop()! };
  const adminPages = pagesUnder("admin", ids);
  expect(adminPages).toContain(`/admin/orders/${orderId}`);
  for (const url of adminPages) found.push(...(await seriousViolations(admin, url)));
  await context.close();

  const visitor = await browser.newContext({ baseURL: E2E.baseURL });
  const anonymous = await visitor.newPage();
  for (const url of ["/login", "/signup", "/catalog"]) found.push(...(await seriousViolations(anonymous, url)));
  await visitor.close();

  expect(found).toEqual([]);
});
