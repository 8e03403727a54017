// The order jobs the scheduler runs (lib/jobs/registry.ts): dispatch queued orders, sync order
// statuses (every statusSyncMinutes from the settings) and sync refill statuses.
import { env } from "../env.mjs";
import type { Job } from "../jobs/job";
import { getSettings } from "../settings/settings";
import { dispatchDueOrders } from "./dispatch";
import { syncRefills } from "./sync-refills";
import { syncStatuses } from "./sync-statuses";

// A fast demo provider (e2e tests, demos) settles orders in seconds; follow it in seconds too.
const fast = env.DEMO_PROVIDER_SPEED === "fast";

export const orderJobs: Job[] = [
  { name: "orders.dispatch", intervalMs: () => (fast ? 2_000 : 10_000), run: () => dispatchDueOrders() },
  {
    name: "orders.sync-statuses",
    intervalMs: async () => (fast ? 3_000 : (await getSettings()).statusSyncMinutes * 60_000),
    run: () => syncStatuses(),
  },
  { name: "orders.sync-refills", intervalMs: () => (fast ? 3_000 : 5 * 60_000), run: () => syncRefills() },
];
