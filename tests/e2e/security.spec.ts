// Security headers on a page, a server action and /api/v2, and a nonce-based CSP that the
// panel's own pages (charts included) run under without a single violation.
import type { Page } from "@playwright/test";
import { E2E, expect, signIn, test, uniqueEmail } from "./support/fixtures";

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Served over plain http here: no HSTS (it would pin localhost to https).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** Collects the browser's CSP complaints while the page is used. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      seen.push(message.text());
  });
  return seen;
}

test("a page, a server action and /api/v2 carry the security headers", async ({ page, request }) => {
  const login = await request.get("/login");
  expectSecurityHeaders(login.headers());
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++)
    nonces.add(
      /'nonce-([^']+)'/.exec((await request.get("/login")).headers()["content-security-policy"])![1],
    );
  expect(nonces.size).toBe(2);

  const api = await request.post("/api/v2", { form: { key: "upl_wrong", action: "balance" } });
  expectSecurityHeaders(api.headers());

  // Signing up is a server action.
  const action = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
  );
  await page.goto("/signup");
  await page.getByLabel("Email").fill(uniqueEmail("headers"));
  await page.getByLabel("Password").fill("customer-pass-1");
  await page.getByRole("button", { name: "Sign up" }).click();
  expectSecurityHeaders((await action).headers());
  await expect(page).toHaveURL(/\/new-order$/);
});

test("/api/v2 is answered by the node server in front (lib/reseller-api/direct-route.ts), not through Next's router", async ({
  request,
}) => {
  const api = await request.post("/api/v2", { form: { key: "upl_wrong", action: "balance" } });
  expect(await api.json()).toEqual({ error: "Invalid API key" });
  expect(api.headers()["vary"]).toBe("Accept-Encoding");
  // A route Next serves carries its router's Vary header.
  expect((await request.get("/api/health")).headers()["vary"]).toContain("rsc");
});

test("a form used before the page's script has run waits for it: the password never goes into an address", async ({
  page,
}) => {
  const addresses: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest()) addresses.push(request.url());
  });
  // Hold the page's script back, as a slow phone would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/login", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Email").fill(E2E.adminEmail);
  await page.getByLabel("Password").fill(E2E.adminPassword);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeDisabled();
  // The browser would send the form itself, as a GET with both fields in the address.
  await page.getByLabel("Password").press("Enter");

  release();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  expect(addresses.filter((address) => address.includes("password"))).toEqual([]);
});

test("the customer pages run under the CSP without violations", async ({ page, customer }) => {
  const violations = cspViolations(page);
  for (const path of ["/new-order", "/orders", "/add-funds", "/account"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  expect(customer.email).toContain("@");
  expect(violations).toEqual([]);
});

test("the admin dashboard and its chart run under the CSP without violations", async ({ page }) => {
  const violations = cspViolations(page);
  await signIn(page, E2E.adminEmail, E2E.adminPassword);
  await expect(page).toHaveURL(/\/admin$/);
  // The dashboard's revenue chart (recharts) draws as SVG.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  for (const path of ["/admin/orders", "/admin/settings"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("signing out ends the session on the server: a copied cookie no longer works", async ({
  page,
  customer,
  browser,
}) => {
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/orders$/);
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toContainEqual(expect.stringContaining("session-token"));

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);

  // Someone who copied the cookie before the sign-out.
  const copy = await browser.newContext({ baseURL: E2E.baseURL });
  await copy.addCookies(cookies);
  const stolen = await copy.newPage();
  await stolen.goto("/orders");
  await expect(stolen).toHaveURL(/\/login/);
  await copy.close();
  expect(customer.email).toContain("@");
});
