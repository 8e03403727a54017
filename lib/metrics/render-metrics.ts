// The scrape: refresh the gauges that come from the database, then every metric as text.
import { log } from "../log";
import { readDispatchQueue } from "../ops/readiness";
import { metrics } from "./metrics";

export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  try {
    await readDispatchQueue();
  } catch (error) {
    // The counters are still worth serving when the database is away.
    log.warn("metrics: could not read the dispatch queue", { error });
  }
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}
