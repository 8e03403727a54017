// Next.js calls register() once when a server instance starts: background jobs run there, and the
// reseller API's handler is handed to the node server in front (lib/reseller-api/direct-route.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobs } = await import("./lib/jobs/start-jobs");
    startJobs();
    const { shareApiHandler } = await import("./lib/reseller-api/direct-route");
    const { handleApiRequest } = await import("./lib/reseller-api/handle-request");
    shareApiHandler(handleApiRequest);
  }
}
