// Prometheus metrics (prom-client), one registry per process, served at /api/metrics.
// Counters are incremented where things happen; gauges that need the database (job lag, queue
// depth) are read when Prometheus scrapes. Labels stay few and bounded: actions, outcomes,
// outcome classes and provider names, never ids, users or links.
import client, { Counter, Gauge, Histogram, Registry } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "upline_" });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  return {
    registry,
    apiRequests: new Counter({
      name: "upline_api_requests_total",
      help: "Reseller API (/api/v2) requests by action and outcome (ok, error, invalid_key, rate_limited, failed).",
      labelNames: ["action", "outcome"] as const,
      registers: [registry],
    }),
    apiDuration: new Histogram({
      name: "upline_api_request_duration_seconds",
      help: "Reseller API request latency by action.",
      labelNames: ["action"] as const,
      buckets: seconds,
      registers: [registry],
    }),
    dispatchOutcomes: new Counter({
      name: "upline_dispatch_outcomes_total",
      help: "Orders sent to providers by outcome class (sent, rejected, temporary, uncertain).",
      labelNames: ["class"] as const,
      registers: [registry],
    }),
    providerRequests: new Histogram({
      name: "upline_provider_request_duration_seconds",
      help: "Provider API v2 call latency by provider and action.",
      labelNames: ["provider", "action"] as const,
      buckets: seconds,
      registers: [registry],
    }),
    providerErrors: new Counter({
      name: "upline_provider_errors_total",
      help: "Provider API v2 calls that did not succeed, by provider, action and outcome class.",
      labelNames: ["provider", "action", "class"] as const,
      registers: [registry],
    }),
    jobLag: new Gauge({
      name: "upline_job_lag_seconds",
      help: "How long the oldest order due for dispatch has been waiting (0 when none is due).",
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "upline_queue_depth",
      help: "Orders waiting for dispatch (queued, due or backing off).",
      registers: [registry],
    }),
    depositsCredited: new Counter({
      name: "upline_deposits_credited_total",
      help: "Deposits credited to customer balances, by method (sepay, nowpayments, manual, ...).",
      labelNames: ["method"] as const,
      registers: [registry],
    }),
    depositUnitsCredited: new Counter({
      name: "upline_deposit_units_credited_total",
      help: "Sum of credited deposits in money units (1/100000 of the panel currency), by method.",
      labelNames: ["method"] as const,
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;

// One set per process, also when Next loads this module in several bundles.
const globalForMetrics = globalThis as unknown as { uplineMetrics?: Metrics };
export const metrics: Metrics = (globalForMetrics.uplineMetrics ??= createMetrics());

/** For the payments code: count one credited deposit (amount in units). */
export function recordDepositCredited(method: string, amount: bigint): void {
  metrics.depositsCredited.inc({ method });
  metrics.depositUnitsCredited.inc({ method }, Number(amount));
}
