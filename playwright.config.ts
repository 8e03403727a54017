// End-to-end tests: the built app (`npm start` on a throw-away SQLite database) in Chromium, one
// panel per worker, and a panel from the same build that sells in VND.
import { defineConfig } from "@playwright/test";
import { E2E, PANELS, VND_PANEL, WORKERS, chromiumLaunchOptions } from "./tests/e2e/support/environment";

export default defineConfig({
  testDir: "tests/e2e",
  // Two workers share the 2 cores with their panels: a test gets about half the machine it had
  // alone, and the sign-up, sign-in and order steps a test takes are CPU-bound on the server.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // A file runs in one worker, in order: some files' tests build on the ones before.
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  globalTeardown: "./tests/e2e/support/teardown.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E.baseURL, // this worker's panel (the config is loaded again in each worker)
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "desktop", use: { viewport: { width: 1280, height: 800 } } }],
  // The first panel starts alone: it builds when the build is missing. The others then start side
  // by side from that build (an entry without a url does not hold up the next), and the last entry
  // waits until all of them answer.
  webServer: [
    { ...webServer(PANELS[0]), url: `${PANELS[0].baseURL}/login` },
    ...[...PANELS.slice(1), VND_PANEL].map(webServer),
    {
      name: "panels",
      command: `node_modules/.bin/tsx tests/e2e/support/wait-for-panels.ts ${[...PANELS, VND_PANEL].map((panel) => `${panel.baseURL}/login`).join(" ")}`,
      wait: { stdout: /all \d+ panels ready/ },
      timeout: 300_000,
      reuseExistingServer: false,
    },
  ],
});

function webServer(panel: { baseURL: string; serverCommand: string; serverEnv: Record<string, string> }) {
  return {
    name: `panel :${new URL(panel.baseURL).port}`,
    command: panel.serverCommand,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: panel.serverEnv,
  };
}
