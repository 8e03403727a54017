// The scheduled price sync; its interval is the priceSyncMinutes setting.
import type { Job } from "../jobs/job";
import { getSettings } from "../settings/settings";
import { syncAllPrices } from "./sync-prices";

export const priceSyncJob: Job = {
  name: "price-sync", // lease "job:price-sync", shared with the admin's button (PRICE_SYNC_LEASE)
  intervalMs: async () => (await getSettings()).priceSyncMinutes * 60_000,
  run: syncAllPrices,
};
