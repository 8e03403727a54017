// The upstream API v2 client: one function per action, each returning a ProviderResult. No
// retries here: the caller knows whether a retry is safe (see the outcome kinds).
import { PUBLIC_ONLY, type OutboundAccess } from "../http/outbound-url";
import { failAll } from "./batch";
import { exchange, MAX_ANSWER_BYTES, MAX_SERVICES_BYTES } from "./http-exchange";
import type { OutcomeKind, ProviderResult, BatchResult } from "./outcome";
import { failure, ok } from "./outcome";
import {
  readAdd,
  readAddFailure,
  readBalance,
  readCancelMany,
  readOrderState,
  readRefill,
  readRefillMany,
  readRefillStatus,
  readRefillStatusMany,
  readStatusMany,
} from "./read-answers";
import { readServices } from "./read-services";
import type {
  AddOrderFields,
  AddedOrder,
  Balance,
  OrderState,
  ProviderAction,
  RefillStatus,
  ServiceList,
} from "./types";

/** API v2 takes at most this many ids in one `orders` / `refills` parameter. */
export const MAX_IDS_PER_CALL = 100;

export interface ExchangeEvent {
  action: ProviderAction;
  durationMs: number;
  outcome: OutcomeKind;
  reason?: string;
  httpStatus?: number;
}

export interface ProviderClientOptions {
  /** The provider's API v2 endpoint, e.g. https://provider.example/api/v2 */
  url: string;
  key: string;
  addTimeoutMs?: number;
  readTimeoutMs?: number;
  /** Called once per HTTP call, for the exchange log. Never receives the key. */
  onExchange?: (event: ExchangeEvent) => void;
  /** Whether the URL may reach private networks, asked before each call; default: public addresses only. */
  access?: () => OutboundAccess | Promise<OutboundAccess>;
}

type Id = string | number;

const ADD_FIELDS = [
  "link",
  "quantity",
  "runs",
  "interval",
  "comments",
  "usernames",
  "username",
  "hashtags",
  "hashtag",
  "media",
  "answer_number",
  "keywords",
  "min",
  "max",
  "posts",
  "old_posts",
  "delay",
  "expiry",
] as const satisfies ReadonlyArray<keyof AddOrderFields>;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Distinct ids as trimmed strings, in the order given. */
function distinctIds(ids: readonly Id[]): string[] {
  return [...new Set(ids.map((id) => String(id).trim()).filter((id) => id !== ""))];
}

export function createProviderClient(options: ProviderClientOptions) {
  const addTimeoutMs = options.addTimeoutMs ?? 30_000;
  const readTimeoutMs = options.readTimeoutMs ?? 15_000;

  /** Keeps reasons short and free of the key, whatever a provider echoes back. */
  function scrub(reason: string): string {
    let text = reason.replace(/\s+/g, " ").trim();
    if (options.key) text = text.split(options.key).join("***");
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  }

  function report(
    action: ProviderAction,
    started: number,
    outcome: OutcomeKind,
    reason?: string,
    httpStatus?: number,
  ) {
    if (!options.onExchange) return;
    try {
      options.onExchange({
        action,
        durationMs: Math.round(performance.now() - started),
        outcome,
        reason,
        httpStatus,
      });
    } catch (error) {
      // A failing log must not change what the call came to.
      console.error("providers: onExchange hook failed", error);
    }
  }

  async function call<T>(
    action: ProviderAction,
    params: Record<string, string>,
    read: (answer: unknown) => ProviderResult<T>,
  ): Promise<ProviderResult<T>> {
    const started = performance.now();
    const { result, httpStatus, body } = await exchange({
      url: options.url,
      key: options.key,
      action,
      params,
      timeoutMs: action === "add" ? addTimeoutMs : readTimeoutMs,
      maxBytes: action === "services" ? MAX_SERVICES_BYTES : MAX_ANSWER_BYTES,
      access: options.access ?? (() => PUBLIC_ONLY),
    });
    const final =
      result.kind === "ok"
        ? read(result.value)
        : action === "add"
          ? (readAddFailure(body, result) ?? result)
          : result;
    if (final.kind === "ok") {
      report(action, started, "ok", undefined, httpStatus);
      return final;
    }
    const reason = scrub(final.reason);
    report(action, started, final.kind, reason, httpStatus);
    return { kind: final.kind, reason };
  }

  /**
   * Runs a batch action in calls of at most 100 ids and merges the per-id results. A call the
   * provider refuses as a whole (often one id it does not know) is split in halves until the
   * refusal is pinned on the ids it is about, so the others still get their answers.
   */
  async function callMany<T>(
    action: ProviderAction,
    idParam: "orders" | "refills",
    ids: readonly Id[],
    read: (answer: unknown, ids: readonly string[]) => BatchResult<T> | null,
  ): Promise<BatchResult<T>> {
    const merged: BatchResult<T> = new Map();
    const ask = async (part: readonly string[]): Promise<void> => {
      const result = await call(action, { [idParam]: part.join(",") }, (answer) => {
        const items = read(answer, part);
        return items ? ok(items) : failure("uncertain", `unreadable ${action} answer`);
      });
      if (result.kind === "rejected" && part.length > 1) {
        const half = Math.ceil(part.length / 2);
        await ask(part.slice(0, half));
        await ask(part.slice(half));
        return;
      }
      const items = result.kind === "ok" ? result.value : failAll<T>(part, result);
      for (const [id, item] of items) merged.set(id, item);
    };
    for (const part of chunk(distinctIds(ids), MAX_IDS_PER_CALL)) await ask(part);
    return merged;
  }

  return {
    services: (): Promise<ProviderResult<ServiceList>> => call("services", {}, readServices),

    add(fields: AddOrderFields): Promise<ProviderResult<AddedOrder>> {
      const params: Record<string, string> = { service: String(fields.service) };
      for (const name of ADD_FIELDS) {
        const value = fields[name];
        if (value !== undefined && value !== null) params[name] = String(value);
      }
      return call("add", params, readAdd);
    },

    status: (orderId: Id): Promise<ProviderResult<OrderState>> =>
      call("status", { order: String(orderId) }, readOrderState),

    /** Status of many orders; every distinct id gets a result. */
    statusMany: (orderIds: readonly Id[]): Promise<BatchResult<OrderState>> =>
      callMany("status", "orders", orderIds, readStatusMany),

    /** Asks for a refill; ok carries the provider's refill id. */
    refill: (orderId: Id): Promise<ProviderResult<string>> =>
      call("refill", { order: String(orderId) }, readRefill),

    refillMany: (orderIds: readonly Id[]): Promise<BatchResult<string>> =>
      callMany("refill", "orders", orderIds, readRefillMany),

    refillStatus: (refillId: Id): Promise<ProviderResult<RefillStatus>> =>
      call("refill_status", { refill: String(refillId) }, readRefillStatus),

    refillStatusMany: (refillIds: readonly Id[]): Promise<BatchResult<RefillStatus>> =>
      callMany("refill_status", "refills", refillIds, readRefillStatusMany),

    /** Asks to cancel orders; ok means the provider accepted the request, not that it is canceled yet. */
    cancel: (orderIds: readonly Id[]): Promise<BatchResult<true>> =>
      callMany("cancel", "orders", orderIds, readCancelMany),

    balance: (): Promise<ProviderResult<Balance>> => call("balance", {}, readBalance),
  };
}

export type ProviderClient = ReturnType<typeof createProviderClient>;
