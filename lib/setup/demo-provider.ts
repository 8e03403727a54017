// The built-in simulator as the "Demo provider" of a fresh install, so a new panel has a
// working catalog and orders that progress without any real provider.
import path from "node:path";
import { db } from "../db";
import { appSecret, dataDir, env } from "../env.mjs";
import { encryptSecret } from "../crypto/secret-box";
import { startSimulator, type SimulatorHandle } from "../providers/simulator";
import { createProvider } from "../providers/manage-providers";

export const DEMO_PROVIDER_NAME = "Demo provider";

export async function startDemoSimulator(): Promise<SimulatorHandle> {
  return startSimulator({
    port: env.DEMO_PROVIDER_PORT,
    host: "127.0.0.1",
    stateFile: path.join(dataDir, "demo-provider.json"),
    controlToken: env.DEMO_PROVIDER_CONTROL_TOKEN,
    partialShare: env.DEMO_PROVIDER_PARTIAL_SHARE,
    timings:
      env.DEMO_PROVIDER_SPEED === "fast"
        ? { pendingMs: 2_000, runMs: 8_000, cancelMs: 1_000, refillMs: 4_000 }
        : undefined,
  });
}

/**
 * Creates the Demo provider row once; keeps its URL and key in step with the running simulator
 * (on this machine), unless the owner pointed it elsewhere: a restart never overwrites that.
 */
export async function ensureDemoProvider(simulator: Pick<SimulatorHandle, "url" | "key">): Promise<number> {
  const existing = await db.provider.findFirst({ where: { isDemo: true } });
  if (!existing) {
    const created = await createProvider(
      { name: DEMO_PROVIDER_NAME, apiUrl: simulator.url, apiKey: simulator.key },
      { id: null },
      { isDemo: true },
    );
    return created.id;
  }
  if (new URL(existing.apiUrl).hostname !== new URL(simulator.url).hostname) return existing.id;
  await db.provider.update({
    where: { id: existing.id },
    data: { apiUrl: simulator.url, apiKeyEncrypted: encryptSecret(simulator.key, appSecret()) },
  });
  return existing.id;
}
