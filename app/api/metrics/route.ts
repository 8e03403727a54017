// Prometheus scrape endpoint, for METRICS_TOKEN holders or METRICS_ALLOW_IPS only (404 otherwise,
// so the endpoint does not announce itself).
import { canReadMetrics } from "@/lib/metrics/metrics-access";
import { renderMetrics } from "@/lib/metrics/render-metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!canReadMetrics(request.headers)) return new Response("Not found", { status: 404 });
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
