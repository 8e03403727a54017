// Which outbound URLs may reach this machine or a private network: the built-in demo's own
// simulators at their configured loopback addresses, a URL the owner put in the environment
// (UPSTREAM_URL), and any URL once the owner allows private addresses in Settings. Everything
// else reaches public addresses only (lib/http/outbound-url.ts).
import { env } from "../env.mjs";
import { getSettings } from "../settings/settings";
import { checkOutboundUrl, type OutboundAccess } from "./outbound-url";

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Origins the panel configures itself, never typed in a form. */
function configuredOrigins(): string[] {
  const origins: string[] = [];
  if (env.DEMO_PROVIDER) {
    origins.push(`http://127.0.0.1:${env.DEMO_PROVIDER_PORT}`, `http://127.0.0.1:${env.DEMO_PAYMENTS_PORT ?? env.DEMO_PROVIDER_PORT + 2}`);
  }
  if (env.UPSTREAM_URL) origins.push(new URL(env.UPSTREAM_URL).origin);
  return origins;
}

/** `ownerAllows`: the setting as the form being saved sets it; default: as stored. */
export async function outboundAccess(url: string, ownerAllows?: boolean): Promise<OutboundAccess> {
  const origin = originOf(url);
  if (origin && configuredOrigins().includes(origin)) return { allowPrivate: true };
  return { allowPrivate: ownerAllows ?? (await getSettings()).allowPrivateProviderUrls };
}

/** The save-time check of an owner-typed outbound URL (provider, NOWPayments API, rate feed). */
export async function assertOutboundUrl(url: string, field: string, ownerAllows?: boolean): Promise<void> {
  await checkOutboundUrl(url, await outboundAccess(url, ownerAllows), field);
}
