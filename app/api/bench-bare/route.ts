// `npm run bench:api`'s framework baseline: a Next route handler that reads the form and answers
// JSON with no database work, so the benchmark shows Next's own cost apart from Upline's.
// It exists only when BENCH_BARE_ROUTE is on; otherwise it is a 404 like any unknown path.
import { env } from "@/lib/env.mjs";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!env.BENCH_BARE_ROUTE) return new Response("Not found", { status: 404 });
  const params = new URLSearchParams(await request.text());
  const body = JSON.stringify({ action: params.get("action"), balance: "0.00000", currency: "USD" });
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
