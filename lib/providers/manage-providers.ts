// Admin operations on providers: add, edit (the key is write-only), delete when unused,
// test the connection, refresh the balance. Each change is audited.
import { db, isUniqueViolation, ProviderStatus } from "../db";
import { appSecret } from "../env.mjs";
import { encryptSecret } from "../crypto/secret-box";
import { recordAudit, type ActorOrPanel as Actor } from "../audit/record-audit";
import { AppError, NotFoundError } from "../errors";
import {
  providerCreateSchema,
  providerUpdateSchema,
  type ProviderCreateInput,
  type ProviderUpdateInput,
} from "../validations/provider";
import { normalizeCurrency } from "../validations/currency";
import { assertOutboundUrl } from "../http/outbound-access";
import { connectProvider } from "./connect";

const PUBLIC_FIELDS = {
  id: true,
  name: true,
  apiUrl: true,
  status: true,
  lowBalanceThreshold: true,
} as const;

function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

/**
 * options.isDemo marks the built-in simulator's row; its URL passes the outbound-URL rule only at
 * the demo's own configured address. options.ownerConfigured: a URL the owner put in the
 * environment (UPSTREAM_URL), not typed in an admin form; it is checked when called.
 */
export async function createProvider(
  input: ProviderCreateInput,
  actor: Actor,
  options: { isDemo?: boolean; ownerConfigured?: boolean } = {},
) {
  const data = providerCreateSchema.parse(input);
  if (!options.ownerConfigured) await assertOutboundUrl(data.apiUrl, "apiUrl", { builtIn: options.isDemo });
  try {
    return await db.$transaction(async (tx) => {
      const provider = await tx.provider.create({
        data: {
          name: data.name,
          apiUrl: data.apiUrl,
          apiKeyEncrypted: encryptSecret(data.apiKey, appSecret()),
          lowBalanceThreshold: data.lowBalanceThreshold ?? null,
          isDemo: options.isDemo ?? false,
        },
        select: PUBLIC_FIELDS,
      });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "provider.create",
          targetType: "provider",
          targetId: provider.id,
          after: provider,
        },
        tx,
      );
      return provider;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("A provider with this name already exists", "name_taken", "name");
    throw error;
  }
}

export async function updateProvider(id: number, input: ProviderUpdateInput, actor: Actor) {
  const data = providerUpdateSchema.parse(input);
  const current = await db.provider.findUnique({ where: { id }, select: { apiUrl: true } });
  if (!current) throw new NotFoundError("Provider not found");
  // The stored key belongs to the old host: sending it to a new one needs the admin to enter it.
  if (hostOf(current.apiUrl) !== hostOf(data.apiUrl) && !data.apiKey) {
    throw new AppError(
      "The API URL's host changed: enter the API key for the new host again",
      "key_required",
      "apiKey",
    );
  }
  // A changed URL is checked, the Demo provider's too: only its own configured address may be on loopback.
  if (current.apiUrl !== data.apiUrl) await assertOutboundUrl(data.apiUrl, "apiUrl");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.provider.findUnique({ where: { id }, select: PUBLIC_FIELDS });
      if (!before) throw new NotFoundError("Provider not found");
      const after = await tx.provider.update({
        where: { id },
        data: {
          name: data.name,
          apiUrl: data.apiUrl,
          lowBalanceThreshold: data.lowBalanceThreshold ?? null,
          status: data.status,
          ...(data.apiKey
            ? { apiKeyEncrypted: encryptSecret(data.apiKey, appSecret()), lastError: null }
            : {}),
        },
        select: PUBLIC_FIELDS,
      });
      await recordAudit(
        {
          actorId: actor.id,
          ip: actor.ip,
          action: "provider.update",
          targetType: "provider",
          targetId: id,
          before,
          after: { ...after, keyChanged: Boolean(data.apiKey) },
        },
        tx,
      );
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("A provider with this name already exists", "name_taken", "name");
    throw error;
  }
}

export async function deleteProvider(id: number, actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const provider = await tx.provider.findUnique({ where: { id }, select: PUBLIC_FIELDS });
    if (!provider) throw new NotFoundError("Provider not found");
    const [services, orders] = await Promise.all([
      tx.service.count({ where: { providerService: { providerId: id } } }),
      tx.order.count({ where: { providerId: id } }),
    ]);
    if (services > 0 || orders > 0) {
      throw new AppError("This provider still has services or orders; disable it instead", "provider_in_use");
    }
    await tx.providerExchange.deleteMany({ where: { providerId: id } });
    await tx.providerService.deleteMany({ where: { providerId: id } });
    await tx.provider.delete({ where: { id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "provider.delete",
        targetType: "provider",
        targetId: id,
        before: provider,
      },
      tx,
    );
  });
}

async function getProviderRow(id: number) {
  const provider = await db.provider.findUnique({ where: { id } });
  if (!provider) throw new NotFoundError("Provider not found");
  return provider;
}

/** Reads the provider's balance and stores it with the check time (or the error). */
export async function refreshProviderBalance(id: number) {
  const provider = await getProviderRow(id);
  const result = await connectProvider(provider).balance();
  const checkedAt = new Date();
  if (result.kind === "ok") {
    return db.provider.update({
      where: { id },
      data: {
        balance: result.value.balance,
        currency: provider.currency ?? normalizeCurrency(result.value.currency),
        lastCheckedAt: checkedAt,
        lastError: null,
      },
    });
  }
  return db.provider.update({ where: { id }, data: { lastCheckedAt: checkedAt, lastError: result.reason } });
}

export type ConnectionTest =
  | { ok: true; balance: bigint; currency: string | null; serviceCount: number; latencyMs: number }
  | { ok: false; step: "balance" | "services"; reason: string; latencyMs: number };

/** Calls balance and services, as the admin's "Test connection" button. */
export async function testProviderConnection(id: number): Promise<ConnectionTest> {
  const provider = await getProviderRow(id);
  const client = connectProvider(provider);
  const started = performance.now();
  const balance = await client.balance();
  const services = balance.kind === "ok" ? await client.services() : null;
  const latencyMs = Math.round(performance.now() - started);
  const checkedAt = new Date();

  if (balance.kind !== "ok" || !services || services.kind !== "ok") {
    const step = balance.kind !== "ok" ? "balance" : "services";
    const reason =
      balance.kind !== "ok"
        ? balance.reason
        : services && services.kind !== "ok"
          ? services.reason
          : "no answer";
    await db.provider.update({
      where: { id },
      data: { lastCheckedAt: checkedAt, lastError: `${step}: ${reason}` },
    });
    return { ok: false, step, reason, latencyMs };
  }
  await db.provider.update({
    where: { id },
    data: {
      balance: balance.value.balance,
      currency: provider.currency ?? normalizeCurrency(balance.value.currency),
      lastCheckedAt: checkedAt,
      lastError: null,
      status: ProviderStatus.ACTIVE,
    },
  });
  return {
    ok: true,
    balance: balance.value.balance,
    currency: balance.value.currency,
    serviceCount: services.value.services.length,
    latencyMs,
  };
}

/**
 * The admin form's save: store the provider, then run the connection test, so a provider that
 * fails it is listed as failing with the reason instead of as active. A disabled provider is
 * not called (the test would switch it back on).
 */
export async function saveProvider(
  id: number | null,
  input: ProviderCreateInput | ProviderUpdateInput,
  actor: Actor,
) {
  const provider =
    id === null
      ? await createProvider(input as ProviderCreateInput, actor)
      : await updateProvider(id, input, actor);
  const test = provider.status === ProviderStatus.ACTIVE ? await testProviderConnection(provider.id) : null;
  return { provider, test };
}
