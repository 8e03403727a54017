// axe-core over every page a customer or an admin can open (found from app/**/page.tsx, so new
// pages are checked too), with data on them: zero serious or critical violations. One test per
// page, so a failure names its page and the slow axe runs share no single time limit.
import { AxeBuilder } from "@axe-core/playwright";
import { globSync } from "tinyglobby";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { addFunds } from "./support/add-funds";
import { E2E, expect, signIn, signUp, test, uniqueEmail } from "./support/fixtures";

const app = path.resolve(import.meta.dirname, "../../app");

/**
 * URL patterns of the pages under an app folder ("/admin/orders/[id]"), route groups dropped.
 * The folder is the glob's cwd: a route group's parentheses in a pattern would be glob syntax.
 */
function routesUnder(folder: string): string[] {
  const prefix = folder.split("/").filter((part) => !/^\(.*\)$/.test(part));
  return globSync("**/page.tsx", { cwd: path.join(app, folder) })
    .map((file) => "/" + [...prefix, ...path.dirname(file).split("/").filter((part) => part !== "." && !/^\(.*\)$/.test(part))].join("/"))
    .sort();
}

/** "/admin/orders/[id]" -> "/admin/orders/12", the id belonging to the path before the segment. */
function fillIn(route: string, ids: Record<string, string>): string {
  return route.replace(/\/\[(\w+)\]/g, (_, _name: string, offset: number) => {
    const id = ids[route.slice(0, offset)];
    if (!id) throw new Error(`no id for ${route}: add one to the seed`);
    return `/${id}`;
  });
}

async function seriousViolations(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200); // a 404 or error page would pass axe on its own
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The id of the first link on `url` to a record under `base` ("/admin/users/7" -> "7"). */
async function firstIdLinked(page: Page, url: string, base: string): Promise<string> {
  await page.goto(url);
  const hrefs = await page.locator(`a[href^="${base}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const id = hrefs.map((href) => href.slice(base.length + 1)).find((rest) => /^\d+$/.test(rest));
  if (!id) throw new Error(`no link to a record under ${base}`);
  return id;
}

// Signed-in pages shared by the tests of this file (one worker runs them in order).
let contexts: BrowserContext[] = [];
let customerPage: Page;
let adminPage: Page;
let visitorPage: Page;
let ids: Record<string, string>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const open = async () => {
    const context = await browser.newContext({ baseURL: E2E.baseURL, viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    return context.newPage();
  };
  // A customer with money and an order, so the lists and the order detail have rows.
  const email = uniqueEmail("axe");
  customerPage = await open();
  await signUp(customerPage, email, "customer-pass-1");
  await expect(customerPage).toHaveURL(/\/new-order$/);
  await addFunds(browser, email, "10");
  await customerPage.goto("/new-order");
  await customerPage.getByLabel("Link").fill("https://instagram.com/e2e_axe");
  await customerPage.getByLabel("Quantity").fill("100");
  await customerPage.getByRole("button", { name: "Place order" }).click();
  await expect(customerPage.getByTestId("order-placed")).toBeVisible();
  const orderId = (await customerPage.getByTestId("placed-order-id").innerText()).replace("#", "");
  // A ticket about it, for the ticket pages of both areas.
  await customerPage.goto(`/tickets/new?order=${orderId}`);
  await customerPage.getByLabel("Subject").fill("Checking the ticket pages");
  await customerPage.getByLabel("Message").fill("Hello, a question about my order.");
  await customerPage.getByRole("button", { name: "Open the ticket" }).click();
  await expect(customerPage).toHaveURL(/\/tickets\/\d+$/);
  const ticketId = customerPage.url().split("/").pop()!;
  // An automatic top-up, for the admin's deposit page (the demo's SePay sender pays it).
  await customerPage.goto("/add-funds");
  const topUp = customerPage.getByRole("form", { name: "Automatic top-up" });
  await topUp.getByLabel("Bank transfer (VietQR)").check();
  await topUp.getByLabel(/^Amount/).fill("5");
  await topUp.getByRole("button", { name: "Continue" }).click();
  await customerPage.getByRole("button", { name: "Simulate the transfer (demo)" }).click();
  await expect(customerPage.getByTestId("deposit-credited")).toBeVisible();

  adminPage = await open();
  await signIn(adminPage, E2E.adminEmail, E2E.adminPassword);
  await expect(adminPage).toHaveURL(/\/admin$/);
  ids = {
    "/admin/orders": orderId,
    "/tickets": ticketId,
    "/admin/tickets": ticketId,
    "/admin/users": await firstIdLinked(adminPage, `/admin/users?q=${encodeURIComponent(email)}`, "/admin/users"),
    "/admin/services": await firstIdLinked(adminPage, "/admin/services", "/admin/services"),
    "/admin/providers": await firstIdLinked(adminPage, "/admin/providers", "/admin/providers"),
    "/admin/deposits": await firstIdLinked(adminPage, "/admin/deposits", "/admin/deposits"),
  };

  visitorPage = await open();
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  contexts = [];
});

test("the page lists cover the customer area, the admin area and the order detail", () => {
  const customer = routesUnder("(customer)");
  const admin = routesUnder("admin");
  expect(customer).toContain("/new-order");
  expect(customer).toContain("/orders");
  expect(admin).toContain("/admin");
  expect(admin).toContain("/admin/orders/[id]");
});

const areas: Array<{ who: string; routes: string[]; page: () => Page }> = [
  { who: "customer", routes: routesUnder("(customer)"), page: () => customerPage },
  { who: "admin", routes: routesUnder("admin"), page: () => adminPage },
  { who: "visitor", routes: ["/login", "/signup"], page: () => visitorPage },
];

// The public catalog exists only while the owner has it on (a 404 otherwise): on for this check.
test("/catalog has no serious or critical accessibility violations (visitor, public services on)", async () => {
  test.setTimeout(90_000);
  const setPublic = async (on: boolean) => {
    await adminPage.goto("/admin/settings");
    await adminPage.getByLabel("Public services page").setChecked(on);
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByText(/saved/i).first()).toBeVisible();
  };
  await setPublic(true);
  try {
    expect(await seriousViolations(visitorPage, "/catalog")).toEqual([]);
  } finally {
    await setPublic(false);
  }
});

for (const { who, routes, page } of areas) {
  for (const route of routes) {
    test(`${route} has no serious or critical accessibility violations (${who})`, async () => {
      test.setTimeout(90_000);
      expect(await seriousViolations(page(), fillIn(route, ids))).toEqual([]);
    });
  }
}
