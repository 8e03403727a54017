// The caller's IP for rate limits and the audit log. The server in front of Next
// (scripts/serve.ts, through stampClientIp) resolves it from the TCP peer address and, only when
// that peer is a trusted proxy, from X-Forwarded-For; it then writes it into a header that it
// always overwrites, so a client cannot choose its own IP. Without that server (`next dev`)
// every caller is "local".
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

export const CLIENT_IP_HEADER = "x-upline-client-ip";
const STAMPED = Symbol.for("upline.clientIpStamped");

/** Which peers may tell us the client's address: a number of proxy hops, or a list of addresses. */
export type ProxyTrust = { hops: number } | { list: BlockList } | null;

/**
 * TRUST_PROXY: empty (no proxy: the socket address is the client), a hop count ("1": one proxy
 * such as nginx in front), or a comma-separated list of proxy addresses and CIDR ranges
 * ("127.0.0.1, 10.0.0.0/8"). Throws on an entry it cannot read.
 */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? null : { hops: Number(text) };
  const list = new BlockList();
  for (const entry of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`not an IP address or CIDR range: ${entry}`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))
      list.addSubnet(address, Number(prefix), type);
    else throw new Error(`not an IP address or CIDR range: ${entry}`);
  }
  return { list };
}

/** "::ffff:203.0.113.9" (IPv4 on a dual-stack socket) -> "203.0.113.9". */
function normalize(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address from the socket peer and the X-Forwarded-For chain. The chain is read
 * from the right (each proxy appends the address it saw), and only through trusted hops: the
 * left part of the header is whatever the client sent and is never believed.
 */
export function resolveClientIp(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust,
): string {
  const chain = [...(forwardedFor ?? "").split(","), peer ?? ""].map(normalize).filter((a) => isIP(a) !== 0);
  const socket = normalize(peer ?? "");
  if (!trust || isIP(socket) === 0) return isIP(socket) ? socket : "unknown";
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  let index = chain.length - 1;
  while (index > 0 && trusted(trust.list, chain[index])) index--;
  return chain[index];
}

/** Run on every request before the app sees it: drops any client-sent copy, writes the real IP. */
export function stampClientIp(req: IncomingMessage, trust: ProxyTrust): void {
  (globalThis as Record<symbol, unknown>)[STAMPED] = true;
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trust,
  );
}

/** Web Headers, or a node request's headers (lower-case names). */
export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function readHeader(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderBag): string {
  if (!(globalThis as Record<symbol, unknown>)[STAMPED]) return "local";
  return readHeader(headers, CLIENT_IP_HEADER)?.trim() || "local";
}
