// What a fresh install needs before it serves: an admin (printed once when generated), the
// Demo provider when the simulator runs, and the upstream from UPSTREAM_URL/UPSTREAM_KEY.
// Safe at every start: each step does nothing when already done.
import { db } from "../db";
import { env } from "../env.mjs";
import { createProvider, refreshProviderBalance } from "../providers/manage-providers";
import type { SimulatorHandle } from "../providers/simulator";
import { importDemoCatalog } from "../catalog/import-demo-catalog";
import { ensureDemoProvider } from "./demo-provider";
import { ensureFirstAdmin } from "./first-admin";
import { applyPanelCurrency } from "./panel-currency";

async function ensureUpstreamProvider(url: string, key: string) {
  const existing = await db.provider.findFirst({ where: { apiUrl: url } });
  if (existing) return existing.id;
  const name = new URL(url).hostname;
  const created = await createProvider(
    { name, apiUrl: url, apiKey: key },
    { id: null },
    { ownerConfigured: true },
  );
  console.log(`upline: added provider ${name} from UPSTREAM_URL`);
  return created.id;
}

export async function runFirstRun(simulator?: Pick<SimulatorHandle, "url" | "key">): Promise<void> {
  const admin = await ensureFirstAdmin({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  if (admin.created) {
    const signIn = `${env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`}/login`;
    console.log(`upline: created the first admin ${admin.email}`);
    if (admin.password) {
      console.log(`upline: its generated password (shown once): ${admin.password}`);
      console.log(`upline: sign in at ${signIn} and change it`);
    }
  }

  if (env.PANEL_CURRENCY) await applyPanelCurrency(env.PANEL_CURRENCY);
  if (simulator) {
    const id = await ensureDemoProvider(simulator);
    await refreshProviderBalance(id);
    await importDemoCatalog(id);
  }
  if (env.UPSTREAM_URL && env.UPSTREAM_KEY) await ensureUpstreamProvider(env.UPSTREAM_URL, env.UPSTREAM_KEY);
}
