// End-to-end tests: the built app (`npm start` on a throw-away SQLite database) in Chromium, and a
// second panel from the same build that sells in VND.
import { defineConfig } from "@playwright/test";
import { E2E, VND_PANEL, chromiumLaunchOptions } from "./tests/e2e/support/environment";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  globalTeardown: "./tests/e2e/support/teardown.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E.baseURL,
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  ],
  // Started one after the other: the VND panel reuses the build the first one made.
  webServer: [E2E, VND_PANEL].map((panel) => ({
    command: panel.serverCommand,
    url: `${panel.baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: panel.serverEnv,
  })),
});
