// Where the e2e server runs and which Chromium drives it. The server always gets its own
// SQLite file under tmp/e2e, wiped at each run: e2e never touches a real database.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePortBlock } from "./free-ports";

const root = path.resolve(import.meta.dirname, "../../..");
// The two panels use E2E_PORT .. E2E_PORT+13. Chosen once per run when not given.
process.env.E2E_PORT ??= String(freePortBlock(14));
const port = Number(process.env.E2E_PORT);
const dataDir = path.join(root, "tmp", `e2e-${port}`);
// Parallel e2e runs of one checkout (several developers on one machine) pass E2E_BUILD_DIR.
const buildDir = process.env.E2E_BUILD_DIR ?? ".next";

export const E2E = {
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

// A second panel from the same build, selling in VND (PANEL_CURRENCY on its fresh database) and
// buying from its own USD demo provider: the Vietnamese market's set-up (vnd.spec.ts).
const vndPort = port + 10;
const vndDataDir = path.join(root, "tmp", `e2e-${vndPort}-vnd`);

export const VND_PANEL = {
  baseURL: `http://localhost:${vndPort}`,
  databaseUrl: `file:${path.join(vndDataDir, "upline.db")}`,
  serverCommand: `rm -rf "${vndDataDir}" && node_modules/.bin/tsx scripts/start.ts`,
  get serverEnv(): Record<string, string> {
    return {
      ...E2E.serverEnv,
      DATA_DIR: vndDataDir,
      DATABASE_URL: this.databaseUrl,
      PORT: String(vndPort),
      NEXTAUTH_URL: this.baseURL,
      DEMO_PROVIDER_PORT: String(vndPort + 1),
      DEMO_PAYMENTS_PORT: String(vndPort + 2),
      SMTP_URL: `smtp://127.0.0.1:${vndPort + 3}`,
      PANEL_CURRENCY: "VND",
    };
  },
};

if (![E2E.databaseUrl, VND_PANEL.databaseUrl].every((url) => url.startsWith("file:"))) throw new Error("e2e refuses to run against a non-local database");

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
  if (executablePath && !existsSync(executablePath)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH does not exist: ${executablePath}`);
  if (!executablePath && !process.env.PLAYWRIGHT_BROWSERS_PATH && !hasPlaywrightChromium()) {
    throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_PATH.");
  }
  return {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  };
}

function hasPlaywrightChromium(): boolean {
  const cache = path.join(process.env.HOME ?? "/root", ".cache", "ms-playwright");
  return existsSync(cache);
}
