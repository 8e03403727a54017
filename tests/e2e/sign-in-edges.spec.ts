// Sign-in at its edges, in Chromium: guesses sent in parallel are throttled like guesses sent one
// by one (lib/auth/failure-throttle.ts), and the `next` path after sign-in never leaves the site
// (lib/auth/return-to.ts).
import { E2E, expect, signUp, submitSignIn, test, uniqueEmail } from "./support/fixtures";

test("40 wrong passwords sent at once from one address get no more password checks than sent one by one", async ({
  browser,
}) => {
  // 40 password hashes on a shared 2-core machine, and 8 browser contexts.
  test.setTimeout(180_000);
  const customer = { email: uniqueEmail("parallel"), password: "customer-pass-1" };
  const setup = await browser.newPage();
  await signUp(setup, customer.email, customer.password);
  await expect(setup).toHaveURL(/\/new-order$/);
  await setup.close();

  // The e2e server trusts 127.0.0.1 as its proxy: every page here is one client address. A
  // browser context opens at most 6 connections to a host, so 8 contexts send 5 attempts each
  // to have all 40 in flight at once.
  const address = { "X-Forwarded-For": "198.51.100.213" };
  const contexts = await Promise.all(
    Array.from({ length: 8 }, () => browser.newContext({ baseURL: E2E.baseURL, extraHTTPHeaders: address })),
  );
  const pages = await Promise.all(
    contexts.map(async (context) => {
      const p = await context.newPage();
      await p.goto("/login");
      return p;
    }),
  );
  // What the sign-in form sends (next-auth's credentials callback).
  const batches = await Promise.all(
    pages.map((p) =>
      p.evaluate(async (email) => {
        const { csrfToken } = await (await fetch("/api/auth/csrf")).json();
        const attempt = async () => {
          const body = new URLSearchParams({
            email,
            password: "wrong-pass-1",
            csrfToken,
            callbackUrl: location.href,
            json: "true",
          });
          const sent = Date.now();
          const res = await fetch("/api/auth/callback/credentials", {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body,
          });
          const { url } = await res.json();
          const outcome = (new URL(url).searchParams.get("error") ?? "signed in").replace(
            /^Too many failed attempts.*/,
            "Too many failed attempts",
          );
          return { outcome, sent, answered: Date.now() };
        };
        return Promise.all(Array.from({ length: 5 }, attempt));
      }, customer.email),
    ),
  );
  await Promise.all(contexts.map((context) => context.close()));
  const results = batches.flat();
  const outcomes = results.map((r) => r.outcome);
  const tally = Object.fromEntries(
    [...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]),
  );
  expect(Object.keys(tally).sort()).toEqual(["Too many failed attempts", "Wrong email or password"]);
  // 5 free failures, then one check per delay window (2 s, then 4, 8 ... s): on a loaded machine
  // the 40 requests take a few seconds to be served, and each window that ends meanwhile lets
  // one more through, as it would for attempts sent one by one.
  const seconds =
    (Math.max(...results.map((r) => r.answered)) - Math.min(...results.map((r) => r.sent))) / 1000;
  let windowsEnded = 0;
  for (let elapsed = 2, delay = 2; elapsed <= seconds; delay *= 2, elapsed += delay) windowsEnded++;
  expect(tally["Wrong email or password"], `checked in ${seconds} s`).toBeLessThanOrEqual(6 + windowsEnded);
  // That the right password then waits too depends on how long the burst took here, so it is
  // proven without a clock in tests/integration/security/parallel-guesses.test.ts.
});

test.describe("the next path after sign-in stays on the site", () => {
  test.beforeEach(async ({ page }) => {
    // Should the browser be sent away, it lands on this stand-in, not on the network.
    await page.route(
      (url) => url.hostname === "evil.example",
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evil</h1>" }),
    );
  });

  test("signed in, /login?next=/%09/evil.example and /%0a... go home", async ({ page }) => {
    await signUp(page, uniqueEmail("next"), "customer-pass-1");
    await expect(page).toHaveURL(/\/new-order$/);
    await page.goto("/login?next=/%09/evil.example");
    await expect(page).toHaveURL(`${E2E.baseURL}/new-order`);

    const newline = await page.request.get("/login?next=/%0a/evil.example", { maxRedirects: 0 });
    expect([newline.status(), newline.headers()["location"]]).toEqual([307, "/new-order"]);
    const tab = await page.request.get("/login?next=/%09/evil.example", { maxRedirects: 0 });
    expect([tab.status(), tab.headers()["location"]]).toEqual([307, "/new-order"]);
    // A real path on the site is still followed.
    await page.goto("/login?next=%2Faccount");
    await expect(page).toHaveURL(`${E2E.baseURL}/account`);
  });

  test("signing in from /login?next=/%09/evil.example lands on the site", async ({ page }) => {
    await page.goto("/login?next=/%09/evil.example");
    await submitSignIn(page, E2E.adminEmail, E2E.adminPassword);
    await expect(page).toHaveURL(`${E2E.baseURL}/admin`);
    await page.goto("/login?next=/%5C/evil.example");
    await expect(page).toHaveURL(`${E2E.baseURL}/admin`);
  });
});
