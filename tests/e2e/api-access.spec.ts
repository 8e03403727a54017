import { confirmDialog, expect, test } from "./support/fixtures";

test("a customer generates an API key, uses it, sees the last use, and regenerates it", async ({
  page,
  customer,
  context,
}) => {
  expect(customer.email).toContain("@e2e.test");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/api-access");
  await expect(page.getByText("You have no API key yet.")).toBeVisible();
  await page.getByRole("button", { name: "Generate key" }).click();
  const keyBox = page.getByTestId("new-api-key").getByLabel("API key");
  await expect(keyBox).toHaveValue(/^upl_/);
  const key = await keyBox.inputValue();
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await expect(page.getByTestId("api-key-prefix")).toHaveText(`${key.slice(0, 10)}…`);
  await expect(page.getByTestId("api-key-last-used")).toHaveText("never");

  // The documented URL answers like API v2.
  const apiUrl = (await page.getByTestId("api-url").textContent())!;
  const balance = await page.request.post(apiUrl, { form: { key, action: "balance" } });
  expect(await balance.json()).toEqual({ balance: "0.00000", currency: expect.stringMatching(/^[A-Z]{3}$/) });
  const services = await (await page.request.get(`${apiUrl}?key=${key}&action=services`)).json();
  expect(services.length).toBeGreaterThan(0);
  expect(services[0]).toEqual(
    expect.objectContaining({
      service: expect.any(Number),
      rate: expect.any(String),
      refill: expect.any(Boolean),
    }),
  );

  await page.reload();
  await expect(page.getByTestId("api-key-last-used")).not.toHaveText("never");
  await expect(page.getByTestId("new-api-key")).toHaveCount(0); // shown once only
  await expect(page.getByRole("heading", { name: /Add order/ })).toBeVisible();
  await expect(
    page.getByText("curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post_data));").first(),
  ).toBeVisible();
  await page.screenshot({ path: "tmp/api-access-desktop.png", fullPage: false });
  await page.getByRole("heading", { name: /Add order/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tmp/api-access-docs.png", fullPage: false });

  await page.getByRole("button", { name: "Regenerate key" }).click();
  await confirmDialog(page, "Generate new key");
  await expect(keyBox).not.toHaveValue(key);
  const newKey = await keyBox.inputValue();
  expect(await (await page.request.post(apiUrl, { form: { key, action: "balance" } })).json()).toEqual({
    error: "Invalid API key",
  });
  expect(
    await (await page.request.post(apiUrl, { form: { key: newKey, action: "balance" } })).json(),
  ).toMatchObject({ balance: "0.00000" });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("api-key-prefix")).toHaveText(`${newKey.slice(0, 10)}…`);
  await expect(page.getByTestId("api-key-last-used")).not.toHaveText("never");
  await expect(page.getByRole("button", { name: "Regenerate key" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "tmp/api-access-phone.png", fullPage: false });
});
