// A provider row from the database -> a client with its decrypted key, the configured
// timeouts, and every exchange written to the provider's log (never the key).
import { db } from "../db";
import { appSecret, env } from "../env.mjs";
import { decryptSecret } from "../crypto/secret-box";
import { log } from "../log";
import { metrics } from "../metrics/metrics";
import { createProviderClient, type ExchangeEvent, type ProviderClient } from ".";

type ProviderRow = { id: number; apiUrl: string; apiKeyEncrypted: string };

const pendingWrites = new Set<Promise<unknown>>();

function recordExchange(providerId: number, event: ExchangeEvent, orderId?: number) {
  const labels = { provider: String(providerId), action: event.action };
  metrics.providerRequests.observe(labels, event.durationMs / 1000);
  if (event.outcome !== "ok") metrics.providerErrors.inc({ ...labels, class: event.outcome });
  const write = db.providerExchange
    .create({
      data: {
        providerId,
        orderId,
        action: event.action,
        outcome: event.outcome,
        reason: event.reason?.slice(0, 300),
        durationMs: event.durationMs,
      },
    })
    .catch((error) => log.warn("could not record a provider exchange", { providerId, error }))
    .finally(() => pendingWrites.delete(write));
  pendingWrites.add(write);
}

/** Waits for exchange-log writes still in flight (tests, shutdown). */
export async function flushExchangeLog(): Promise<void> {
  await Promise.all([...pendingWrites]);
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
