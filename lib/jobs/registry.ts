// Every background job of the panel. Each domain exports its job; this list is what runs.
import type { Job } from "./job";
import { orderJobs } from "../orders/jobs";
import { priceSyncJob } from "../catalog/price-sync-job";
import { rateRefreshJob } from "../currency/refresh-rates";
import { paymentJobs } from "../payments/jobs";
import { mailJob } from "../mail/deliver-outbox";
import { dashboardJobs } from "../dashboard/jobs";
import { pruneExchangesJob } from "../ops/prune-exchanges";

export const jobs: Job[] = [
  ...orderJobs,
  priceSyncJob,
  rateRefreshJob,
  mailJob,
  ...paymentJobs,
  ...dashboardJobs,
  pruneExchangesJob,
];
