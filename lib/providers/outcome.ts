// What one provider call came to. Provider behaviour never throws: it is one of four kinds, and
// the kind tells the caller what is safe to do next (see DESIGN.md "Order life cycle").

export type OutcomeKind = "ok" | "rejected" | "temporary" | "uncertain";

export type ProviderResult<T> =
  /** The provider answered as expected. */
  | { kind: "ok"; value: T }
  /** A permanent refusal (bad link, incorrect service, quantity out of range, unknown order...). */
  | { kind: "rejected"; reason: string }
  /** Surely did not take effect and may work later (provider out of funds, 429, 5xx, refused). */
  | { kind: "temporary"; reason: string }
  /** May or may not have taken effect (timeout after sending, dropped connection, unreadable answer). */
  | { kind: "uncertain"; reason: string };

export type ProviderFailure = Exclude<ProviderResult<never>, { kind: "ok" }>;
export type FailureKind = ProviderFailure["kind"];

/** Per-id results of a batch call (status, refill, refill_status, cancel for many ids). */
export type BatchResult<T> = Map<string, ProviderResult<T>>;

export function ok<T>(value: T): ProviderResult<T> {
  return { kind: "ok", value };
}

export function failure(kind: FailureKind, reason: string): ProviderFailure {
  return { kind, reason };
}
