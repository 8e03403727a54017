// A provider row from the database -> a client with its decrypted key, the configured
// timeouts, and every exchange written to the provider's log (never the key).
import { directWrite } from "../db/sql";
import { directStatement, jsonRows } from "../db/statement";
import { appSecret, env } from "../env.mjs";
import { decryptSecret } from "../crypto/secret-box";
import { outboundAccess } from "../http/outbound-access";
import { log } from "../log";
import { metrics } from "../metrics/metrics";
import { createProviderClient, type ExchangeEvent, type ProviderClient } from ".";

type ProviderRow = { id: number; apiUrl: string; apiKeyEncrypted: string };

type ExchangeRow = {
  providerId: number;
  orderId?: number;
  action: string;
  outcome: string;
  reason?: string;
  durationMs: number;
};

// Exchanges are written in batches: the calls of one moment (a burst of orders dispatched
// together) land in one insert, not one commit each. Every order sent writes one, so the insert
// is a statement on the driver (lib/db/sql.ts) taking the batch as JSON rows.
const queued: ExchangeRow[] = [];
let writing: Promise<void> | undefined;

const INSERT_EXCHANGES = directStatement(
  "insert-provider-exchanges",
  `INSERT INTO "ProviderExchange" ("providerId", "orderId", action, outcome, reason, "durationMs", "createdAt")
   SELECT x."providerId", x."orderId", x.action, x.outcome, x.reason, x."durationMs", $1
     FROM ${jsonRows(2, "x", { providerId: "int", orderId: "int", action: "text", outcome: "text", reason: "text", durationMs: "int" })}`,
);

async function writeQueued(): Promise<void> {
  while (queued.length > 0) {
    const rows = queued.splice(0, 500);
    await directWrite(INSERT_EXCHANGES, [new Date(), JSON.stringify(rows)]).catch((error) =>
      log.warn("could not record provider exchanges", { count: rows.length, error }),
    );
  }
}

function recordExchange(providerId: number, event: ExchangeEvent, orderId?: number) {
  const labels = { provider: String(providerId), action: event.action };
  metrics.providerRequests.observe(labels, event.durationMs / 1000);
  if (event.outcome !== "ok") metrics.providerErrors.inc({ ...labels, class: event.outcome });
  queued.push({
    providerId,
    orderId,
    action: event.action,
    outcome: event.outcome,
    reason: event.reason?.slice(0, 300),
    durationMs: event.durationMs,
  });
  scheduleWrite();
}

/** One writer at a time; it takes whatever was queued while the last batch was written. */
function scheduleWrite() {
  writing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(writeQueued).finally(() => {
    writing = undefined;
    if (queued.length > 0) scheduleWrite();
  });
}

/** Waits for exchange-log writes still in flight (tests, shutdown). */
export async function flushExchangeLog(): Promise<void> {
  while (writing) await writing;
}

export function connectProvider(provider: ProviderRow, context: { orderId?: number } = {}): ProviderClient {
  return createProviderClient({
    url: provider.apiUrl,
    key: decryptSecret(provider.apiKeyEncrypted, appSecret()),
    addTimeoutMs: env.PROVIDER_ADD_TIMEOUT_MS,
    readTimeoutMs: env.PROVIDER_READ_TIMEOUT_MS,
    onExchange: (event) => recordExchange(provider.id, event, context.orderId),
    access: () => outboundAccess(provider.apiUrl),
  });
}
