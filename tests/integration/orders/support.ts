// Shared set-up for the order tests: a provider row pointing at a running simulator, its whole
// catalog imported as panel services priced at the provider's rate (so the panel's charges
// equal the simulator's), customers with money, and the invariants every test ends on.
import { db, LedgerType, type Db } from "@/lib/db";
import { isSqliteUrl } from "@/lib/db/engine.mjs";
import { appSecret } from "@/lib/env.mjs";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { adjustBalance } from "@/lib/ledger/adjust-balance";
import { reconcileMoney } from "@/lib/ledger/reconcile";
import { parseMoney } from "@/lib/money";
import type { SimulatorHandle } from "@/lib/providers/simulator";
import { updateSettings } from "@/lib/settings/settings";
import { createUser } from "@/lib/users/create-user";

/**
 * The heavy proofs (faults, scale-out, crash) take 20-55 s on a quiet 2-core machine; the wider
 * budget keeps them from failing on one busy with other test runs (they took up to 120 s at a
 * load average of 15).
 */
export const HEAVY_PROOF_TIMEOUT_MS = 240_000;

export const LINK = "https://www.instagram.com/p/Cx1a2b3c4d/";

/** Creates the provider and one panel service per simulator service; returns sim id -> panel id. */
export async function seedCatalog(
  sim: Pick<SimulatorHandle, "port" | "url" | "key" | "catalog">,
  options: { name?: string; client?: Db } = {},
): Promise<{ providerId: number; serviceIds: Map<number, number> }> {
  const client = options.client ?? db;
  // The simulator listens on 127.0.0.1: a private address the owner must allow.
  await updateSettings({ allowPrivateProviderUrls: true }, client);
  const provider = await client.provider.create({
    data: {
      name: options.name ?? `Sim ${sim.port}`,
      apiUrl: sim.url,
      apiKeyEncrypted: encryptSecret(sim.key, appSecret()),
    },
  });
  const serviceIds = new Map<number, number>();
  for (const s of sim.catalog()) {
    const rate = parseMoney(s.rate) as bigint;
    const category = await client.category.upsert({
      where: { name: s.category },
      create: { name: s.category },
      update: {},
    });
    const providerService = await client.providerService.create({
      data: {
        providerId: provider.id,
        externalId: String(s.service),
        name: s.name,
        type: s.type,
        category: s.category,
        rate,
        min: s.min,
        max: s.max,
        refill: s.refill,
        cancel: s.cancel,
        dripfeed: s.dripfeed,
      },
    });
    const service = await client.service.create({
      data: {
        providerServiceId: providerService.id,
        categoryId: category.id,
        name: s.name,
        type: s.type,
        min: s.min,
        max: s.max,
        rate,
      },
    });
    serviceIds.set(s.service, service.id);
  }
  return { providerId: provider.id, serviceIds };
}

let n = 0;

export async function customerWith(units: bigint, client: Db = db): Promise<number> {
  const user = await (client === db
    ? createUser({ email: `buyer${++n}-${process.pid}@test.dev`, password: "test-pass-1" })
    : client.user.create({ data: { email: `buyer${++n}-${process.pid}@test.dev`, passwordHash: "x" } }));
  if (units > 0n) {
    if (client === db)
      await adjustBalance({ userId: user.id, amount: units, reason: "test funds", type: LedgerType.DEPOSIT });
    else
      await client.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { balance: units } });
        await tx.ledgerEntry.create({
          data: { userId: user.id, type: LedgerType.DEPOSIT, amount: units, balanceAfter: units },
        });
      });
  }
  return user.id;
}

/** The money adds up (lib/ledger/reconcile.ts): balances, spent, one charge and at most one refund per order. */
export async function checkMoneyInvariants(client: Db = db): Promise<void> {
  const differences = await reconcileMoney(client);
  if (differences.length)
    throw new Error(`money differs: ${differences.map((d) => `${d.kind}: ${d.detail}`).join("; ")}`);
}

/**
 * Heavy proofs on SQLite: WAL with synchronous=NORMAL, so each commit is not an fsync. The
 * journal mode is stored in the test file itself; the rules under test do not change.
 */
export async function useFastSqlite(client: Db = db): Promise<void> {
  if (!isSqliteUrl(process.env.DATABASE_URL ?? "") && client === db) return;
  try {
    await client.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    await client.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
  } catch {
    // PostgreSQL: nothing to tune.
  }
}
