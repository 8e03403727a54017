// `npm start`: prepares everything a fresh clone needs, then serves the panel.
// Generated client -> migrations -> first-run seed -> build when missing -> next start.
import "./load-dotenv";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appSecret, dataDir, dbProvider, env, publicUrlProblem } from "../lib/env.mjs";
import { PANEL_PID_FILE } from "../lib/ops/backup";
import { buildFingerprint } from "./build-fingerprint";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[], label: string) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`upline: ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`upline: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // The server runs in production mode, whatever NODE_ENV says here: check its public URL now.
  const urlProblem = publicUrlProblem(env);
  if (urlProblem) throw new Error(`NEXTAUTH_URL ${urlProblem}`);
  if (!env.NEXTAUTH_URL) {
    console.warn(
      `upline: NEXTAUTH_URL is not set, so sign-in links use http://localhost:${env.PORT}; set it to the panel's public https:// URL when it is reached through a domain.`,
    );
  }
  // The data folder (secret, SQLite file, demo state) is the panel owner's alone, even when an
  // older version created it 0755.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  appSecret(); // generated into the data folder on first run

  if (!existsSync(path.join(root, "lib/db/generated", dbProvider, "client.ts"))) {
    run("npm", ["run", "--silent", "db:generate"], "prisma client generation");
  }

  const { migrateDatabase } = await import("../lib/db/migrate");
  const { applied } = await migrateDatabase(env.DATABASE_URL);
  if (applied.length) console.log(`upline: applied migrations ${applied.join(", ")}`);

  // The demo provider (the built-in simulator) runs in this process, beside the Next server.
  const { startDemoSimulator } = await import("../lib/setup/demo-provider");
  const simulator = env.DEMO_PROVIDER ? await startDemoSimulator() : undefined;
  if (simulator) console.log(`upline: demo provider listening on ${simulator.url}`);

  const { runFirstRun } = await import("../lib/setup/first-run");
  await runFirstRun(simulator);

  // The demo's payment gateways: a NOWPayments simulator beside it, SePay with a demo account.
  const { ensureDemoGateways, startDemoPayments } = await import("../lib/payments/demo");
  const payments = env.DEMO_PROVIDER ? await startDemoPayments() : undefined;
  if (payments) {
    await ensureDemoGateways(payments);
    console.log(`upline: demo NOWPayments simulator listening on ${payments.url}`);
  }

  const buildDir = path.resolve(root, env.BUILD_DIR);
  const fingerprintFile = path.join(buildDir, "upline-fingerprint");
  const fingerprint = buildFingerprint(root);
  const built = existsSync(path.join(buildDir, "BUILD_ID")) && existsSync(fingerprintFile);
  if (!built || readFileSync(fingerprintFile, "utf8") !== fingerprint) {
    console.log(built ? "upline: sources changed, rebuilding ..." : "upline: no build found, building ...");
    run(bin("next"), ["build"], "build");
    writeFileSync(fingerprintFile, fingerprint);
  }

  // While this file names a live process, `npm run cli -- restore` refuses to run.
  const pidFile = path.join(dataDir, PANEL_PID_FILE);
  writeFileSync(pidFile, String(process.pid));

  const url = `http://localhost:${env.PORT}`;
  // Next behind our own node:http server (scripts/serve.ts), which passes the socket address on.
  const server = spawn(bin("tsx"), [path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  console.log(`upline: serving on ${url}`);

  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code) => {
    rmSync(pidFile, { force: true });
    await simulator?.close();
    await payments?.close();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(`upline: start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
