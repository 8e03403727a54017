// A provider row from the database -> a client with its decrypted key, the configured
// timeouts, and every exchange written to the provider's log (never the key).
import { db } from "../db";
import { appSecret, env } from "../env.mjs";
import { decryptSecret } from "../crypto/secret-box";
import { log } from "../log";
import { metrics } from "../metrics/metrics";
import { createProviderClient, type ExchangeEvent, type ProviderClient } from ".";

type ProviderRow = { id: number; apiUrl: string; apiKeyEncrypted: string };

type ExchangeRow = { providerId: number; orderId?: number; action: string; outcome: string; reason?: string; durationMs: number };

// Exchanges are written in batches: the calls of one moment (a burst of orders dispatched
// together) land in one insert, not one commit each.
const queued: ExchangeRow[] = [];
let writing: Promise<void> | undefined;

async function writeQueued(): Promise<void> {
  while (queued.length > 0) {
    const rows = queued.splice(0, 500);
    await db.providerExchange.createMany({ data: rows }).catch((error) => log.warn("could not record provider exchanges", { count: rows.length, error }));
  }
}

function recordExchange(providerId: number, event: ExchangeEvent, orderId?: number) {
  const labels = { provider: String(providerId), action: event.action };
  metrics.providerRequests.observe(labels, event.durationMs / 1000);
  if (event.outcome !== "ok") metrics.providerErrors.inc({ ...labels, class: event.outcome });
  queued.push({ providerId, orderId, action: event.action, outcome: event.outcome, reason: event.reason?.slice(0, 300), durationMs: event.durationMs });
  scheduleWrite();
}

/** One writer at a time; it takes whatever was queued while the last batch was written. */
function scheduleWrite() {
  writing ??= new Promise<void>((resolve) => setImmediate(resolve))
    .then(writeQueued)
    .finally(() => {
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
  });
}
