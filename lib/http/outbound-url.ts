// The one rule for URLs the panel calls out to (provider APIs, the NOWPayments API, the exchange
// rate feed, SMTP): resolve the host once, check every address it has, and connect only to an
// address that passed. An admin account must not be usable to reach this machine, a private
// network or cloud metadata, neither by a typed address nor by a DNS answer that changes between
// the check and the connection (DNS rebinding).
import dns, { type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { errorMessages } from "@/i18n/error-text";
import { AppError } from "../errors";

/** Whether a URL may reach this machine and private networks (the owner's choice, the built-in demo). */
export type OutboundAccess = { allowPrivate: boolean };

export const PUBLIC_ONLY: OutboundAccess = { allowPrivate: false };

function blockList(v4: [string, number][], v6: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, "ipv6");
  return list;
}

// This machine and private networks: reachable only when the access allows it.
const PRIVATE = blockList(
  [
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
  ],
  [
    ["::1", 128],
    ["fc00::", 7],
  ],
);

// Never a server the panel has reason to call: "this network", link-local (cloud metadata at
// 169.254.169.254), IETF protocol assignments, documentation, benchmarking, 6to4 relay, multicast,
// reserved and broadcast; in IPv6 also unspecified, discard, Teredo, local-use NAT64.
const RESERVED = blockList(
  [
    ["0.0.0.0", 8],
    ["169.254.0.0", 16],
    ["192.0.0.0", 24],
    ["192.0.2.0", 24],
    ["192.88.99.0", 24],
    ["198.18.0.0", 15],
    ["198.51.100.0", 24],
    ["203.0.113.0", 24],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ],
  [
    ["::", 128],
    ["fe80::", 10],
    ["ff00::", 8],
    ["2001:db8::", 32],
    ["100::", 64],
    ["2001::", 32],
    ["64:ff9b:1::", 48],
  ],
);

export type AddressClass = "public" | "private" | "reserved";
const RANK: Record<AddressClass, number> = { public: 0, private: 1, reserved: 2 };

/** The eight 16-bit groups of an IPv6 address (the URL parser writes any dotted tail in hex). */
function ipv6Groups(address: string): number[] {
  const text = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const [head, tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":").map((hex) => parseInt(hex, 16)) : []);
  if (tail === undefined) return groups(head);
  const [first, last] = [groups(head), groups(tail)];
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last];
}

const dotted = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join(".");

/** The IPv4 address an IPv6 one carries: mapped, compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
function embeddedIpv4(groups: number[]): string | null {
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return dotted(groups[6], groups[7]);
  if (zeros(0, 6) && groups[6] !== 0) return dotted(groups[6], groups[7]);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return dotted(groups[6], groups[7]);
  if (groups[0] === 0x2002) return dotted(groups[1], groups[2]);
  return null;
}

/** Which kind of network an IP address is on; anything that is not an IP address is reserved. */
export function classifyAddress(address: string): AddressClass {
  const plain = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const family = isIP(plain);
  if (family === 0) return "reserved";
  const type = family === 4 ? "ipv4" : "ipv6";
  const own: AddressClass = RESERVED.check(plain, type)
    ? "reserved"
    : PRIVATE.check(plain, type)
      ? "private"
      : "public";
  if (family === 4) return own;
  const inner = embeddedIpv4(ipv6Groups(plain));
  const carried = inner ? classifyAddress(inner) : "public";
  return RANK[carried] > RANK[own] ? carried : own;
}

export type RefusalReason = "private" | "reserved" | "unresolvable" | "invalid";

const MESSAGES: Record<RefusalReason, string> = {
  private: errorMessages.outboundUrl.private,
  reserved: errorMessages.outboundUrl.reserved,
  unresolvable: errorMessages.outboundUrl.unresolvable,
  invalid: errorMessages.outboundUrl.invalid,
};

/** A URL or an address the rule refuses; raised before any connection exists. */
export class OutboundRefusedError extends AppError {
  constructor(
    readonly reason: RefusalReason,
    field?: string,
  ) {
    super(MESSAGES[reason], `outbound_${reason}`, field);
  }
}

/** Refuses the first address the access does not allow. */
function assertAllowed(addresses: readonly string[], access: OutboundAccess): void {
  if (addresses.length === 0) throw new OutboundRefusedError("unresolvable");
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind === "reserved") throw new OutboundRefusedError("reserved");
    if (kind === "private" && !access.allowPrivate) throw new OutboundRefusedError("private");
  }
}

/** The host's addresses, resolved once, each one checked; a host that does not resolve is refused. */
export async function resolveOutbound(hostname: string, access: OutboundAccess): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(host);
  if (family !== 0) {
    assertAllowed([host], access);
    return [{ address: host, family }];
  }
  let addresses: LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw new OutboundRefusedError("unresolvable");
  }
  assertAllowed(
    addresses.map((a) => a.address),
    access,
  );
  return addresses;
}

/** An http(s) URL, or a refusal. */
export function parseOutboundUrl(url: string, protocols: readonly string[] = ["http:", "https:"]): URL {
  try {
    const parsed = new URL(url);
    if (protocols.includes(parsed.protocol) && parsed.hostname !== "") return parsed;
  } catch {
    // refused below
  }
  throw new OutboundRefusedError("invalid");
}

/** The save-time check of an owner-typed URL; `field` names the form field in the error. */
export async function checkOutboundUrl(url: string, access: OutboundAccess, field?: string): Promise<void> {
  try {
    await resolveOutbound(parseOutboundUrl(url).hostname, access);
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new OutboundRefusedError(error.reason, field);
    throw error;
  }
}

/**
 * Node's `lookup` connection option: the socket connects to the addresses checked here, and the
 * request keeps the URL's Host and TLS server name. Node skips `lookup` for a URL holding an IP
 * address, so `guardConnection` checks those first.
 */
function checkedLookup(access: OutboundAccess): LookupFunction {
  return (hostname, options, callback) => {
    resolveOutbound(hostname, access).then(
      (addresses) => {
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        if (wanted.length === 0) return callback(new OutboundRefusedError("unresolvable"), "", 0);
        if (options.all)
          return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: Error) => callback(error, "", 0),
    );
  };
}

/** Connection options for a request to `url`: refuses an IP-literal URL at once, a host name at connect time. */
export function guardConnection(url: URL, access: OutboundAccess): { lookup: LookupFunction } {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) assertAllowed([host], access);
  return { lookup: checkedLookup(access) };
}
