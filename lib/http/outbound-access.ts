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

/** Whether the URL is at an address the panel configures itself, never typed in a form. */
function isConfiguredOrigin(url: string): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  const origins: string[] = [];
  if (env.DEMO_PROVIDER) {
    origins.push(
      `http://127.0.0.1:${env.DEMO_PROVIDER_PORT}`,
      `http://127.0.0.1:${env.DEMO_PAYMENTS_PORT ?? env.DEMO_PROVIDER_PORT + 2}`,
    );
  }
  if (env.UPSTREAM_URL) origins.push(new URL(env.UPSTREAM_URL).origin);
  return origins.includes(origin);
}

/** At connection time: what a stored URL may reach. */
export async function outboundAccess(url: string): Promise<OutboundAccess> {
  if (isConfiguredOrigin(url)) return { allowPrivate: true };
  return { allowPrivate: (await getSettings()).allowPrivateProviderUrls };
}

/**
 * The save-time check of an outbound URL (provider, NOWPayments API, rate feed). `builtIn`: the
 * panel's own demo set-up saving its simulator's address, never a URL an admin typed;
 * `ownerAllows`: the private-address setting as the form being saved sets it (default: stored).
 */
export async function assertOutboundUrl(
  url: string,
  field: string,
  options: { builtIn?: boolean; ownerAllows?: boolean } = {},
): Promise<void> {
  const allowPrivate =
    (options.builtIn === true && isConfiguredOrigin(url)) ||
    (options.ownerAllows ?? (await getSettings()).allowPrivateProviderUrls);
  await checkOutboundUrl(url, { allowPrivate }, field);
}
