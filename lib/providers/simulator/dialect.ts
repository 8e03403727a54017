// How the simulator words its answers. "standard" follows the upstream document exactly;
// "sloppy" sends what many real panels send: numbers as numbers, booleans as "1", statuses in
// other spellings, the order id as order_id.
import { formatMoney } from "@/lib/money";
import type { SimService } from "./catalog";
import type { OrderView } from "./lifecycle";
import type { SimOrderStatus, SimRefillStatus } from "./state";

export type Dialect = "standard" | "sloppy";

/** "1234.5" -> "1,234.50000" (the document shows newBalance with a thousands comma). */
function withThousands(units: bigint): string {
  const [whole, fraction] = formatMoney(units).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** Rates as providers list them: trailing zeros trimmed, at least 2 decimals. */
export function displayRate(rate: string): string {
  const [whole, fraction = ""] = rate.split(".");
  return `${whole}.${fraction.replace(/0+$/, "").padEnd(2, "0")}`;
}

const SLOPPY_STATUS: Record<SimOrderStatus, string> = {
  Pending: "pending",
  "In progress": "in_progress",
  Completed: "completed",
  Partial: "partial",
  Canceled: "Cancelled",
};

export function renderService(s: SimService, dialect: Dialect): Record<string, unknown> {
  if (dialect === "sloppy") {
    return {
      service: String(s.service),
      name: s.name,
      type: s.type.toLowerCase().replace(/ /g, "_"),
      category: s.category,
      rate: Number(s.rate),
      min: s.min,
      max: s.max,
      refill: s.refill ? "1" : "0",
      cancel: s.cancel ? "yes" : "no",
      dripfeed: s.dripfeed ? 1 : 0,
    };
  }
  return {
    service: s.service,
    name: s.name,
    type: s.type,
    category: s.category,
    rate: displayRate(s.rate),
    min: String(s.min),
    max: String(s.max),
    refill: s.refill,
    cancel: s.cancel,
    dripfeed: s.dripfeed,
  };
}

export function renderAdded(orderId: number, balance: bigint, dialect: Dialect): Record<string, unknown> {
  return dialect === "sloppy"
    ? { status: "success", order_id: String(orderId), newBalance: Number(formatMoney(balance)) }
    : { order: orderId, newBalance: withThousands(balance) };
}

/** How Subscriptions word their states: Active while running, Expired when they ended short. */
const SUBSCRIPTION_STATUS: Partial<Record<SimOrderStatus, string>> = {
  Pending: "Active",
  "In progress": "Active",
  Partial: "Expired",
};

/** `charge` is what the provider keeps: its charge minus what it refunded (Partial, Canceled). */
export function renderOrder(
  view: OrderView,
  currency: string,
  dialect: Dialect,
  subscription = false,
): Record<string, unknown> {
  const kept = view.charge - view.refunded;
  const status = (subscription && SUBSCRIPTION_STATUS[view.status]) || view.status;
  if (dialect === "sloppy") {
    return {
      charge: Number(formatMoney(kept)),
      start_count: view.startCount,
      status: subscription ? status.toLowerCase() : SLOPPY_STATUS[view.status],
      remains: view.remains,
      currency,
    };
  }
  return {
    charge: formatMoney(kept),
    start_count: String(view.startCount),
    status,
    remains: String(view.remains),
    currency,
  };
}

export function renderRefillId(id: number, dialect: Dialect): string | number {
  return dialect === "sloppy" ? id : String(id);
}

export function renderRefillStatus(status: SimRefillStatus, dialect: Dialect): string {
  return dialect === "sloppy" ? status.toLowerCase() : status;
}

export function renderCancelAccepted(dialect: Dialect): unknown {
  return dialect === "sloppy" ? "1" : 1;
}

export function renderBalance(balance: bigint, currency: string, dialect: Dialect): Record<string, unknown> {
  return dialect === "sloppy"
    ? { balance: withThousands(balance), currency }
    : { balance: formatMoney(balance), currency };
}
