// The simulator's state and clock, apart from HTTP: the catalog, orders, refills, balance,
// faults and counters, with persistence to an optional state file.
import { randomBytes } from "node:crypto";
import { formatMoney, parseMoney } from "@/lib/money";
import { DEFAULT_CATALOG, type SimService } from "./catalog";
import type { Dialect } from "./dialect";
import { FaultBoard } from "./faults";
import {
  DEMO_TIMINGS,
  refillStatus,
  settleOrders,
  viewOrder,
  type OrderView,
  type SimTimings,
} from "./lifecycle";
import { seededRandom, type Random } from "./random";
import { loadState, saveState, type SimRefillStatus, type SimState } from "./state";

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: kept from stateFile, else random. */
  apiKey?: string;
  /** Token for POST /__control. Default: kept from stateFile, else random. */
  controlToken?: string;
  /** Starting balance in units (lib/money.ts); default 1000.00000. Ignored when stateFile exists. */
  balance?: bigint;
  currency?: string;
  catalog?: readonly SimService[];
  timings?: Partial<SimTimings>;
  /** Share of orders that end Partial (default 0.2). */
  partialShare?: number;
  /** Share of refills that end Rejected (default 0.25). */
  refillRejectShare?: number;
  /** Share of orders whose start count passes 32 bits (3 billion views; default 0). */
  hugeStartCountShare?: number;
  /** "real" (default) follows the wall clock plus advance(); "manual" moves only with advance(). */
  clock?: "real" | "manual";
  stateFile?: string;
  seed?: number;
  dialect?: Dialect;
}

export interface SimRefillView {
  id: number;
  orderId: number;
  status: SimRefillStatus;
}

const SAVE_DELAY_MS = 250;

export class SimulatorCore {
  readonly faults = new FaultBoard();
  readonly random: Random;
  /** Separate stream for faults, so injecting one does not change how orders turn out. */
  readonly faultRandom: Random;
  readonly currency: string;
  readonly timings: SimTimings;
  readonly partialShare: number;
  readonly refillRejectShare: number;
  readonly hugeStartCountShare: number;
  dialect: Dialect;
  catalog: Map<number, SimService>;
  state: SimState;
  requests = 0;
  requestsByAction: Record<string, number> = {};
  private offsetMs = 0;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly manualBase: number | null;

  constructor(private readonly options: SimulatorOptions) {
    const seed = options.seed ?? Date.now();
    this.random = seededRandom(seed);
    this.faultRandom = seededRandom(seed ^ 0x5eed);
    this.currency = options.currency ?? "USD";
    this.timings = { ...DEMO_TIMINGS, ...options.timings };
    this.partialShare = options.partialShare ?? 0.2;
    this.refillRejectShare = options.refillRejectShare ?? 0.25;
    this.hugeStartCountShare = options.hugeStartCountShare ?? 0;
    this.dialect = options.dialect ?? "standard";
    this.manualBase = options.clock === "manual" ? Date.now() : null;
    this.catalog = new Map((options.catalog ?? DEFAULT_CATALOG).map((s) => [s.service, { ...s }]));
    const saved = options.stateFile ? loadState(options.stateFile) : null;
    this.state = saved ?? {
      apiKey: "",
      controlToken: "",
      balance: options.balance ?? 100_000_000n,
      nextOrderId: 1001,
      nextRefillId: 1,
      acceptedAdds: 0,
      orders: new Map(),
      refills: new Map(),
    };
    this.state.apiKey = options.apiKey ?? (this.state.apiKey || randomBytes(16).toString("hex"));
    this.state.controlToken =
      options.controlToken ?? (this.state.controlToken || randomBytes(16).toString("hex"));
    this.flush();
  }

  now(): number {
    return (this.manualBase ?? Date.now()) + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
    this.settle();
  }

  /** Brings every order up to the current time; persists when something ended. */
  settle(): void {
    if (settleOrders(this.state, this.now())) this.persist();
  }

  /**
   * Saves the state file within SAVE_DELAY_MS: a burst of orders writes it once, not once per
   * order (it holds every order, so per-order writes grew with the demo's history).
   */
  persist(): void {
    if (!this.options.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /** Writes the state file now (at start, and when the simulator closes). */
  flush(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.options.stateFile) saveState(this.options.stateFile, this.state);
  }

  countRequest(action: string): void {
    this.requests += 1;
    this.requestsByAction[action] = (this.requestsByAction[action] ?? 0) + 1;
  }

  setRate(serviceId: number, rate: string | bigint): void {
    const service = this.catalog.get(serviceId);
    if (!service) throw new Error(`no service ${serviceId}`);
    const text = typeof rate === "bigint" ? formatMoney(rate) : rate;
    if (parseMoney(text) === null) throw new Error(`bad rate "${text}"`);
    service.rate = text;
  }

  setBalance(units: bigint): void {
    this.state.balance = units;
    this.persist();
  }

  orders(): OrderView[] {
    this.settle();
    return [...this.state.orders.values()].map((o) => viewOrder(o, this.now()));
  }

  refills(): SimRefillView[] {
    return [...this.state.refills.values()].map((r) => ({
      id: r.id,
      orderId: r.orderId,
      status: refillStatus(r, this.now()),
    }));
  }
}
