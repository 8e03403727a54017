// One app instance for the scale-out test, in a process of its own on the test file's database:
// the reseller API (the real route handler and limits over HTTP) and the real background jobs
// under their leases. Each job run is printed as `job <name> <start ms> <end ms>` so the test
// can check that no job ever ran on two instances at once. Two probe routes read and change the
// panel settings through this process's cache. Prints `listening <url>` when ready.
import "../../../scripts/load-dotenv";
import { jobs } from "../../../lib/jobs/registry";
import type { Job } from "../../../lib/jobs/job";
import { startScheduler } from "../../../lib/jobs/scheduler";
import { handleApiRequest, type ApiHandler } from "../../../lib/reseller-api/handle-request";
import { getSettings, updateSettings } from "../../../lib/settings/settings";
import { serveApi } from "../reseller-api/support";

const probe = "/probe/settings";

const handle: ApiHandler = async (request) => {
  if (request.url !== probe) return handleApiRequest(request);
  if (request.method === "POST" && request.body) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of request.body) chunks.push(chunk);
    await updateSettings({ panelName: Buffer.concat(chunks).toString("utf8") });
  }
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ panelName: (await getSettings()).panelName }),
  };
};

function traced(job: Job): Job {
  return {
    ...job,
    run: async () => {
      const start = Date.now();
      try {
        return await job.run();
      } finally {
        console.log(`job ${job.name} ${start} ${Date.now()}`);
      }
    },
  };
}

const server = await serveApi(handle);
startScheduler(jobs.map(traced));
console.log(`listening ${server.url.replace(/\/api\/v2$/, "")}`);
