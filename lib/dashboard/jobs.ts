// The dashboard's background jobs (lib/jobs/registry.ts): keep the rollups of closed days
// current (lib/dashboard/rollups.ts) and check balances against the ledger (ledger-check.ts).
import type { Job } from "../jobs/job";
import { checkLedger, LEDGER_CHECK_INTERVAL_MS } from "./ledger-check";
import { refreshRollups, ROLLUP_INTERVAL_MS } from "./rollups";

export const dashboardJobs: Job[] = [
  { name: "dashboard.rollups", intervalMs: () => ROLLUP_INTERVAL_MS, run: () => refreshRollups() },
  { name: "ledger.check", intervalMs: () => LEDGER_CHECK_INTERVAL_MS, run: () => checkLedger() },
];
