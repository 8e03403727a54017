// Providers in the admin: a fresh install lists the Demo provider with its balance; an admin adds
// a provider pointing at a running simulator, tests the connection and sees its balance.
import { randomBytes } from "node:crypto";
import { startSimulator, type SimulatorHandle } from "@/lib/providers/simulator";
import { allowPrivateProviders, expect, signInAsAdmin, test } from "./support/fixtures";

let sim: SimulatorHandle;

test.beforeAll(async () => {
  sim = await startSimulator({ clock: "manual", balance: 4_321_000n });
});

test.afterAll(async () => {
  await sim?.close();
});

test("a fresh install shows the Demo provider with its balance", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/providers");
  const demo = page.getByRole("row").filter({ hasText: "Demo provider" });
  await expect(demo).toBeVisible();
  await expect(demo.getByTestId("provider-balance")).toHaveText(/^\d[\d.]* USD/);
});

test("an admin adds a provider, tests the connection and sees its balance; the key is never shown", async ({
  page,
}) => {
  const name = `Upstream ${randomBytes(3).toString("hex")}`;
  await signInAsAdmin(page);
  const add = async () => {
    await page.goto("/admin/providers/new");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("API URL").fill(sim.url);
    await page.getByLabel("API key").fill(sim.key);
    await page.getByRole("button", { name: "Add provider" }).click();
  };
  // The simulator listens on 127.0.0.1: refused until the owner allows private addresses.
  await allowPrivateProviders(page, false);
  await add();
  await expect(page.getByText(/points to this server or a private network/)).toBeVisible();
  await allowPrivateProviders(page);
  await add();
  await expect(page).toHaveURL(/\/admin\/providers$/);

  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByTestId("provider-test-result")).toContainText("Connected: balance 43.21 USD");
  await expect(row.getByTestId("provider-balance")).toHaveText(/43\.21 USD/);

  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByLabel("API key")).toHaveValue("");
  expect(await page.content()).not.toContain(sim.key);
  await expect(page.getByRole("cell", { name: "balance" }).first()).toBeVisible(); // the exchange log
});
