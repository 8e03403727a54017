// Readiness for load balancers: 200 when this instance can serve (database, migrations, job lag),
// else 503. What is wrong (queue depth, job lag, missing migrations) is for operators only: the
// metrics token or an allowed address (lib/metrics/metrics-access.ts); anyone else gets the status.
import { canReadMetrics } from "@/lib/metrics/metrics-access";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const readiness = await checkReadiness();
  const body = canReadMetrics(request.headers) ? readiness : { status: readiness.ready ? "ok" : "not ready" };
  return Response.json(body, {
    status: readiness.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
