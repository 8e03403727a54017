// axe-core over every page a customer or an admin can open (found from app/**/page.tsx, so new
// pages are checked too), with data on them: zero serious or critical violations. One pass per
// role, one step per page; a page's failure is soft, so the report names every failing page.
// The passes run in parallel (each worker seeds its own panel in beforeAll).
import { AxeBuilder } from "@axe-core/playwright";
import { globSync } from "tinyglobby";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { addFunds } from "./support/add-funds";
import { adminPage as ownerPage, E2E, expect, signUp, test, uniqueEmail } from "./support/fixtures";

const app = path.resolve(import.meta.dirname, "../../app");

/**
 * URL patterns of the pages under an app folder ("/admin/orders/[id]"), route groups dropped.
 * The folder is the glob's cwd: a route group's parentheses in a pattern would be glob syntax.
 */
function routesUnder(folder: string): string[] {
  const prefix = folder.split("/").filter((part) => !/^\(.*\)$/.test(part));
  return globSync("**/page.tsx", { cwd: path.join(app, folder) })
    .map(
      (file) =>
        "/" +
        [
          ...prefix,
          ...path
            .dirname(file)
            .split("/")
            .filter((part) => part !== "." && !/^\(.*\)$/.test(part)),
        ].join("/"),
    )
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
  expect.soft(response?.status(), url).toBe(200); // a 404 or error page would pass axe on its own
  // Checked once React has taken the page over: Next adds its route announcer on hydration.
  await expect(page.locator("main, h1").first()).toBeVisible(); // the sign-in pages have no <main>
  await expect(page.locator("next-route-announcer")).toBeAttached();
  // Legacy mode runs axe in the page itself instead of gathering frame results in a new blank
  // page, several times faster here; the panel has no cross-origin frames it would miss.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${url}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** Every page in `urls` answers 200 with no serious or critical violation, each its own step. */
async function checkPages(page: Page, urls: string[]) {
  for (const url of urls) {
    await test.step(url, async () => {
      expect.soft(await seriousViolations(page, url)).toEqual([]);
    });
  }
}

/** The id of the first link on `url` to a record under `base` ("/admin/users/7" -> "7"). */
async function firstIdLinked(page: Page, url: string, base: string): Promise<string> {
  await page.goto(url);
  const hrefs = await page
    .locator(`a[href^="${base}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const id = hrefs.map((href) => href.slice(base.length + 1)).find((rest) => /^\d+$/.test(rest));
  if (!id) throw new Error(`no link to a record under ${base}`);
  return id;
}

// Signed-in pages shared by the tests of this file that run in the same worker.
let contexts: BrowserContext[] = [];
let customerPage: Page;
let adminPage: Page;
let visitorPage: Page;
let ids: Record<string, string>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000); // a sign-up, a credit, an order, a ticket and a deposit, two workers at once
  const open = async () => {
    const context = await browser.newContext({
      baseURL: E2E.baseURL,
      viewport: { width: 1280, height: 800 },
    });
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

  adminPage = await ownerPage(browser, { viewport: { width: 1280, height: 800 } });
  contexts.push(adminPage.context());
  ids = {
    "/admin/orders": orderId,
    "/tickets": ticketId,
    "/admin/tickets": ticketId,
    "/admin/users": await firstIdLinked(
      adminPage,
      `/admin/users?q=${encodeURIComponent(email)}`,
      "/admin/users",
    ),
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

test.describe.configure({ mode: "parallel" });

test("the page lists cover the customer area, the admin area and the order detail", () => {
  const customer = routesUnder("(customer)");
  const admin = routesUnder("admin");
  expect(customer).toContain("/new-order");
  expect(customer).toContain("/orders");
  expect(admin).toContain("/admin");
  expect(admin).toContain("/admin/orders/[id]");
});

test("the customer pages have no serious or critical accessibility violations", async () => {
  test.setTimeout(300_000);
  await checkPages(
    customerPage,
    routesUnder("(customer)").map((route) => fillIn(route, ids)),
  );
});

test("the admin pages have no serious or critical accessibility violations", async () => {
  test.setTimeout(300_000);
  await checkPages(
    adminPage,
    routesUnder("admin").map((route) => fillIn(route, ids)),
  );
});

// The public catalog exists only while the owner has it on (a 404 otherwise): on for its check.
test("the visitor pages have no serious or critical accessibility violations (/catalog with public services on)", async () => {
  test.setTimeout(120_000);
  await checkPages(visitorPage, ["/login", "/signup"]);
  const setPublic = async (on: boolean) => {
    await adminPage.goto("/admin/settings");
    await adminPage.getByLabel("Public services page").setChecked(on);
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByText(/saved/i).first()).toBeVisible();
  };
  await setPublic(true);
  try {
    await checkPages(visitorPage, ["/catalog"]);
  } finally {
    await setPublic(false);
  }
});
