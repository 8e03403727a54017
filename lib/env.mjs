// The one place that reads the environment. Every variable is validated here, so a bad value
// stops start-up with a message naming it (imported by next.config.mjs and scripts/start.ts).
import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { engineOf } from "./db/engine.mjs";

const onOff = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: z.string().min(1).default("data"),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
      .default("file:./data/upline.db"),
    // Where `next build` writes and `next start` reads (lets parallel e2e runs keep apart).
    BUILD_DIR: z.string().min(1).default(".next"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().default("0.0.0.0"),
    // Reverse proxies whose X-Forwarded-For is believed: a hop count ("1") or proxy addresses and
    // CIDR ranges ("127.0.0.1,10.0.0.0/8"). Unset: the socket address is the client's.
    TRUST_PROXY: z
      .string()
      .trim()
      .refine(
        (v) => v === "" || /^\d+$/.test(v) || v.split(",").every(isAddressOrRange),
        "must be a hop count or a comma-separated list of IP addresses / CIDR ranges",
      )
      .optional(),
    // Redis for rate limits shared by several instances. Unset: the PostgreSQL database holds
    // them (DATABASE_URL postgresql://), or this process's memory (SQLite, one instance).
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
      .optional(),
    // Signs sessions and encrypts provider keys. Generated into DATA_DIR/secret when unset.
    APP_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url().optional(),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
    // The built-in provider simulator ("Demo provider") and the demo payment gateways. Unset: on,
    // except with an https NEXTAUTH_URL (a production start has no demo unless the owner asks).
    DEMO_PROVIDER: onOff.optional(),
    DEMO_PROVIDER_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
    // "fast" settles demo orders in seconds (e2e tests, demos); "normal" takes about a minute.
    DEMO_PROVIDER_SPEED: z.enum(["normal", "fast"]).default("normal"),
    // Token for the simulator's POST /__control (fault injection). Unset: a random one.
    DEMO_PROVIDER_CONTROL_TOKEN: z.string().min(16).optional(),
    // Share of demo orders that end Partial (0..1). Unset: the simulator's 0.2. E2E sets 0 so a
    // test order reliably ends Completed.
    DEMO_PROVIDER_PARTIAL_SHARE: z.coerce.number().min(0).max(1).optional(),
    // The demo's payment gateways: the NOWPayments simulator listens here (default: DEMO_PROVIDER_PORT + 2).
    DEMO_PAYMENTS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // The panel currency of a fresh install (ISO code, e.g. VND); the Demo provider, in USD, gets a demo rate.
    PANEL_CURRENCY: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "must be a 3-letter currency code like VND")
      .optional(),
    UPSTREAM_URL: z.url().optional(),
    UPSTREAM_KEY: z.string().min(1).optional(),
    PROVIDER_ADD_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    PROVIDER_READ_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    // Background jobs (dispatch, status sync, price sync) in the server process.
    JOBS: onOff.default(true),
    // New accounts one IP may open per hour (e2e runs raise it: they sign up many customers).
    SIGNUP_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
    // Failed sign-ins one IP may make across all accounts in 15 minutes (successes never count).
    SIGNIN_PER_IP_PER_15_MIN: z.coerce.number().int().min(1).default(30),
    // bcrypt cost for password hashes; tests lower it to stay fast.
    PASSWORD_HASH_COST: z.coerce.number().int().min(4).max(15).default(12),
    // Outgoing mail (password reset, verification, deposits, ticket answers). SMTP_URL like
    // smtp://user:pass@smtp.example.com:587 or smtps://...:465; unset: mails are written to
    // DATA_DIR/mail as .eml files and logged, so the embedded install still works.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Upline <no-reply@localhost>"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // Reseller API (/api/v2) limits per minute: per key for add and for reads, per IP for all
    // requests, and per IP for requests with a wrong key (brute force).
    API_LIMIT_ADD_PER_MIN: z.coerce.number().int().min(1).default(60),
    API_LIMIT_READ_PER_MIN: z.coerce.number().int().min(1).default(600),
    API_LIMIT_IP_PER_MIN: z.coerce.number().int().min(1).default(1200),
    API_LIMIT_BAD_KEY_PER_MIN: z.coerce.number().int().min(1).default(20),
    // /api/metrics (Prometheus): a bearer token, and/or client IPs as the proxy reports them.
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    METRICS_ALLOW_IPS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((ip) => ip.trim())
          .filter(Boolean),
      ),
    // /api/ready answers 503 when the oldest order due for dispatch has waited longer than this.
    READY_MAX_JOB_LAG_SECONDS: z.coerce.number().int().min(1).default(900),
    // npm run bench:api turns on /api/bench-bare, its database-free Next baseline. Off in production.
    BENCH_BARE_ROUTE: onOff.default(false),
  })
  .transform((values) => ({
    ...values,
    DEMO_PROVIDER: values.DEMO_PROVIDER ?? !values.NEXTAUTH_URL?.startsWith("https:"),
  }));

/** @param {string} entry */
function isAddressOrRange(entry) {
  const [address, prefix, extra] = entry.trim().split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The public URL rules of a production server: NEXTAUTH_URL must be the panel's https URL
 * (secure cookies, sign-in and sign-out redirects), except on this machine (localhost).
 * Behind a reverse proxy (TRUST_PROXY) it cannot be guessed, so it is required.
 * @param {{ NEXTAUTH_URL?: string; TRUST_PROXY?: string }} values
 * @returns {string | null} what is wrong, or null
 */
export function publicUrlProblem(values) {
  const url = values.NEXTAUTH_URL;
  if (!url) {
    return values.TRUST_PROXY
      ? "required behind a reverse proxy (TRUST_PROXY is set): the panel's public https:// URL, e.g. https://panel.example.com"
      : null;
  }
  const { protocol, hostname } = new URL(url);
  if (protocol === "https:" || (protocol === "http:" && LOOPBACK_HOSTS.test(hostname))) return null;
  return `must be the panel's public https:// URL (http:// only for localhost), got ${url}`;
}

/**
 * @param {Record<string, string | undefined>} source
 * @returns {z.infer<typeof schema>}
 */
export function parseEnv(source) {
  const parsed = schema.safeParse(source);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const urlProblem =
    parsed.success && parsed.data.NODE_ENV === "production" ? publicUrlProblem(parsed.data) : null;
  if (urlProblem) issues.push(`NEXTAUTH_URL: ${urlProblem}`);
  if (issues.length || !parsed.success)
    throw new Error(`Invalid environment:\n${issues.map((line) => `  ${line}`).join("\n")}`);
  return parsed.data;
}

export const env = parseEnv(process.env);

export const dataDir = path.resolve(env.DATA_DIR);

/** "sqlite" or "postgresql", from DATABASE_URL. */
export const dbProvider = engineOf(env.DATABASE_URL);

let secret = env.APP_SECRET;

/** The app secret: APP_SECRET, or one generated once into DATA_DIR/secret. */
export function appSecret() {
  if (secret) return secret;
  const file = path.join(dataDir, "secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  secret = readFileSync(file, "utf8").trim();
  return secret;
}
