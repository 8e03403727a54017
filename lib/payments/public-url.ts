// Where gateways reach this panel (IPN callback, return links): NEXTAUTH_URL, the panel's public
// address, or the local port when it is not set.
import { env } from "../env.mjs";

export function publicOrigin(): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** The panel's own address from inside the server (the demo posts simulated webhooks here). */
export function localOrigin(): string {
  return `http://127.0.0.1:${env.PORT}`;
}
