// Runs background jobs on their intervals inside the server process. Each run holds the job's
// lease, so with several instances only one runs a given job at a time.
import { log } from "../log";
import type { Job } from "./job";
import { acquireLease, releaseLease } from "./lease";

export async function runJobOnce(job: Job, leaseMs: number): Promise<boolean> {
  if (!(await acquireLease(`job:${job.name}`, leaseMs))) return false;
  try {
    await job.run();
  } finally {
    await releaseLease(`job:${job.name}`);
  }
  return true;
}

export function startScheduler(jobs: Job[]): () => void {
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;

  const schedule = async (job: Job) => {
    if (stopped) return;
    const interval = await Promise.resolve(job.intervalMs()).catch(() => 60_000);
    timers.set(
      job.name,
      setTimeout(async () => {
        try {
          await runJobOnce(job, Math.max(interval * 5, 60_000));
        } catch (error) {
          log.error("job failed", { job: job.name, error });
        }
        void schedule(job);
      }, interval),
    );
  };

  for (const job of jobs) void schedule(job);
  return () => {
    stopped = true;
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
