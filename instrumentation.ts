// Next.js calls register() once when a server instance starts: background jobs run there.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobs } = await import("./lib/jobs/start-jobs");
    startJobs();
  }
}
