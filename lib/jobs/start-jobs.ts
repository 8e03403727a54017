import { env } from "../env.mjs";
import { log } from "../log";
import { jobs } from "./registry";
import { startScheduler } from "./scheduler";
import { INSTANCE_ID } from "./lease";

const globalForJobs = globalThis as unknown as { uplineJobsStarted?: boolean };

export function startJobs(): void {
  if (!env.JOBS || globalForJobs.uplineJobsStarted) return;
  globalForJobs.uplineJobsStarted = true;
  startScheduler(jobs);
  log.info("background jobs started", { instance: INSTANCE_ID, jobs: jobs.map((j) => j.name) });
}
