// The simulator's own books: orders, refills and its balance, optionally kept in a JSON file so
// the demo provider survives a restart of the app.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export type SimOrderStatus = "Pending" | "In progress" | "Completed" | "Partial" | "Canceled";
export type SimRefillStatus = "Pending" | "In progress" | "Completed" | "Rejected";

export interface SimOrder {
  id: number;
  service: number;
  link: string | null;
  /** The order's quantity as charged (runs x quantity for drip-feed, max x posts for Subscriptions, 1 for packages). */
  quantity: number;
  /** Items delivered and counted in remains: the quantity, or a package's own count (absent in old state files). */
  items?: number;
  /** Every field the add call carried, as sent. */
  fields: Record<string, string>;
  charge: bigint;
  refunded: bigint;
  startCount: number;
  createdAt: number;
  startAt: number;
  naturalEndAt: number;
  /** Remains if the order ends Partial; 0 when it will complete. */
  plannedRemains: number;
  cancelAt: number | null;
  final: { status: "Completed" | "Partial" | "Canceled"; remains: number; at: number } | null;
}

export interface SimRefill {
  id: number;
  orderId: number;
  createdAt: number;
  endAt: number;
  outcome: "Completed" | "Rejected";
}

export interface SimState {
  apiKey: string;
  controlToken: string;
  balance: bigint;
  nextOrderId: number;
  nextRefillId: number;
  acceptedAdds: number;
  orders: Map<number, SimOrder>;
  refills: Map<number, SimRefill>;
}

// JSON has no bigint: money is written as a tagged decimal string.
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof Map) return [...value.values()];
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && "$bigint" in value)
    return BigInt(String((value as { $bigint: unknown }).$bigint));
  return value;
}

export function saveState(file: string, state: SimState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state, replacer, 2));
  renameSync(temp, file); // atomic on one filesystem: a crash never leaves half a file
}

type SavedState = Omit<SimState, "orders" | "refills"> & { orders: SimOrder[]; refills: SimRefill[] };

/** The saved state, or null when there is none. A corrupt file is moved aside: the demo
 * provider must not stop the app from starting. */
export function loadState(file: string): SimState | null {
  if (!existsSync(file)) return null;
  let raw: SavedState;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"), reviver) as SavedState;
    if (!Array.isArray(raw.orders) || !Array.isArray(raw.refills))
      throw new Error("orders or refills missing");
  } catch (error) {
    const aside = `${file}.corrupt-${Date.now()}`;
    renameSync(file, aside);
    console.warn(`simulator: state file unreadable (${String(error)}); moved to ${aside}, starting fresh`);
    return null;
  }
  return {
    ...raw,
    orders: new Map(raw.orders.map((o) => [o.id, o])),
    refills: new Map(raw.refills.map((r) => [r.id, r])),
  };
}
