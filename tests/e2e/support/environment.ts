// Where the e2e servers run and which Chromium drives them. One panel per Playwright worker (so
// tests that change a panel's settings, gateways or simulator faults never race another test on
// the same panel), all from one build, plus a VND panel; each gets its own SQLite file under tmp/,
// wiped at each run: e2e never touches a real database.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { isSqliteUrl } from "../../../lib/db/engine.mjs";
import { freePortBlock } from "./free-ports";

const root = path.resolve(import.meta.dirname, "../../..");
/** Workers, hence USD panels: the machine's 2 cores. E2E_WORKERS=1 runs the suite one test at a time. */
export const WORKERS = Number(process.env.E2E_WORKERS ?? 2);
// Every panel takes 4 ports (app, demo provider, demo payments, SMTP): the USD panels from
// E2E_PORT on, then the VND panel. Chosen once per run by the runner when not given; the
// workers inherit it.
const PORTS_PER_PANEL = 4;
process.env.E2E_PORT ??= String(freePortBlock(PORTS_PER_PANEL * (WORKERS + 1)));
const firstPort = Number(process.env.E2E_PORT);
// Parallel e2e runs of one checkout (several developers on one machine) pass E2E_BUILD_DIR.
const buildDir = process.env.E2E_BUILD_DIR ?? ".next";

function usdPanel(port: number) {
  const dataDir = path.join(root, "tmp", `e2e-${port}`);
  return {
    baseURL: `http://localhost:${port}`,
    adminEmail: "owner@e2e.test",
    adminPassword: "e2e-admin-pass-1",
    simulatorControlToken: "e2e-simulator-control-token",
    simulatorUrl: `http://127.0.0.1:${port + 1}`,
    // The support spec's SMTP server (tests/support/smtp.ts) listens here (port + 2 is the demo
    // payment gateway's); mails sent while it is down simply wait in the outbox.
    smtpPort: port + 3,
    dataDir,
    databaseUrl: `file:${path.join(dataDir, "upline.db")}`,
    serverCommand: `rm -rf "${dataDir}" && node_modules/.bin/tsx scripts/start.ts`,
    get serverEnv(): Record<string, string> {
      return {
        DATA_DIR: dataDir,
        DATABASE_URL: this.databaseUrl,
        PORT: String(port),
        BUILD_DIR: buildDir,
        HOSTNAME: "127.0.0.1",
        NEXTAUTH_URL: this.baseURL,
        ADMIN_EMAIL: this.adminEmail,
        ADMIN_PASSWORD: this.adminPassword,
        DEMO_PROVIDER_PORT: String(port + 1),
        DEMO_PAYMENTS_PORT: String(port + 2),
        DEMO_PROVIDER_SPEED: "fast",
        DEMO_PROVIDER_CONTROL_TOKEN: this.simulatorControlToken,
        DEMO_PROVIDER_PARTIAL_SHARE: "0",
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        SIGNUP_PER_IP_PER_HOUR: "1000",
        // The suite signs in far more often from 127.0.0.1 than one person would.
        SIGNIN_PER_IP_PER_15_MIN: "1000",
        // Specs that need several client addresses (referrals) send X-Forwarded-For from the local
        // browser, so the e2e server trusts 127.0.0.1 as its proxy.
        TRUST_PROXY: "127.0.0.1",
        SMTP_URL: `smtp://127.0.0.1:${port + 3}`,
      };
    },
  };
}

/** The USD panels, one per worker. */
export const PANELS = Array.from({ length: WORKERS }, (_, index) =>
  usdPanel(firstPort + PORTS_PER_PANEL * index),
);

// A worker process keeps its parallel index for life (a restarted worker gets the same one), so
// its panel is fixed at load. The runner (no index) sees the first.
const parallelIndex = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
if (!PANELS[parallelIndex])
  throw new Error(
    `worker ${parallelIndex} has no panel: ${WORKERS} were started; set E2E_WORKERS to the worker count`,
  );

/** This worker's panel. */
export const E2E = PANELS[parallelIndex];

// A panel from the same build, selling in VND (PANEL_CURRENCY on its fresh database) and
// buying from its own USD demo provider: the Vietnamese market's set-up (vnd.spec.ts). One is
// enough: only vnd.spec.ts uses it, and one worker runs that file.
const vndPort = firstPort + PORTS_PER_PANEL * WORKERS;
const vndDataDir = path.join(root, "tmp", `e2e-${vndPort}-vnd`);
const vndBase = usdPanel(vndPort);

export const VND_PANEL = {
  baseURL: `http://localhost:${vndPort}`,
  databaseUrl: `file:${path.join(vndDataDir, "upline.db")}`,
  serverCommand: `rm -rf "${vndDataDir}" && node_modules/.bin/tsx scripts/start.ts`,
  get serverEnv(): Record<string, string> {
    return {
      ...vndBase.serverEnv,
      DATA_DIR: vndDataDir,
      DATABASE_URL: this.databaseUrl,
      PANEL_CURRENCY: "VND",
    };
  },
};

if (![...PANELS, VND_PANEL].every((panel) => isSqliteUrl(panel.databaseUrl)))
  throw new Error("e2e refuses to run against a non-local database");

function findChromium(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch {
      // not on the PATH
    }
  }
  return undefined;
}

export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  if (executablePath && !existsSync(executablePath))
    throw new Error(`PLAYWRIGHT_CHROMIUM_PATH does not exist: ${executablePath}`);
  if (!executablePath && !process.env.PLAYWRIGHT_BROWSERS_PATH && !hasPlaywrightChromium()) {
    throw new Error(
      "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_PATH.",
    );
  }
  return {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}

function hasPlaywrightChromium(): boolean {
  const cache = path.join(process.env.HOME ?? "/root", ".cache", "ms-playwright");
  return existsSync(cache);
}
