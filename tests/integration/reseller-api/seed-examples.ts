// The example answers of the upstream API v2 document (../shared/seed/upstream-api-v2.txt), as
// published. The contract tests check that Upline's answers have these keys with these JSON types.
export const SEED_EXAMPLES = {
  services: [
    {
      service: 1,
      name: "Followers",
      type: "Default",
      category: "First Category",
      rate: "0.90",
      min: "50",
      max: "10000",
      refill: true,
      cancel: true,
    },
    {
      service: 2,
      name: "Comments",
      type: "Custom Comments",
      category: "Second Category",
      rate: "8",
      min: "10",
      max: "1500",
      refill: false,
      cancel: true,
    },
  ],
  add: { order: 23501, newBalance: "1,234.56" },
  status: { charge: "0.27819", start_count: "3572", status: "Partial", remains: "157", currency: "USD" },
  multiStatus: {
    "1": { charge: "20.00000000", start_count: "9379", status: "Completed", remains: "0", currency: "USD" },
    "123": { error: "Incorrect order ID" },
    "3": { charge: "0.02000000", start_count: "10460", status: "Canceled", remains: "0", currency: "USD" },
  },
  refill: { refill: "1" },
  refillStatus: { status: "Completed" },
  multiRefillStatus: [
    { refill: "1", status: "Rejected" },
    { refill: "2", status: "Rejected" },
    { refill: "3", status: { error: "Refill not found" } },
  ],
  cancel: [
    { order: 9, cancel: { error: "Incorrect order ID" } },
    { order: 2, cancel: 1 },
  ],
  balance: { balance: "100.84292", currency: "USD" },
} as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The JSON type tree of a value: "string", "number", ... for leaves, keys kept for objects. */
export function jsonTypes(value: unknown): Json {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.map(jsonTypes);
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonTypes(v)]));
  return typeof value;
}

/**
 * Where `actual` lacks a key of `example` or holds it with another JSON type (actual may add
 * keys): the paths, "" for the value itself; none when every key is there with the same type.
 */
export function typeMismatches(actual: unknown, example: unknown, path = ""): string[] {
  if (example === null || typeof example !== "object")
    return typeof actual === typeof example && (actual === null) === (example === null) ? [] : [path];
  if (Array.isArray(example)) return Array.isArray(actual) ? [] : [path];
  if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [path];
  return Object.entries(example).flatMap(([k, v]) =>
    k in actual
      ? typeMismatches((actual as Record<string, unknown>)[k], v, `${path}.${k}`)
      : [`${path}.${k}`],
  );
}
