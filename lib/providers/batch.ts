// Helpers for batch answers: providers send them as an object keyed by id or as an array of
// items that carry their id, and may leave ids out. Every asked id gets a result.
import { classifyErrorText } from "./classify";
import { asRecord, errorText, toId } from "./normalize";
import { failure, type BatchResult, type ProviderFailure, type ProviderResult } from "./outcome";

/** Items of a batch answer by id: `{ "1": item }` or `[{ <idField>: 1, ... }]`. Null for other shapes. */
export function itemsById(answer: unknown, idFields: readonly string[]): Map<string, unknown> | null {
  const items = new Map<string, unknown>();
  if (Array.isArray(answer)) {
    for (const item of answer) {
      const record = asRecord(item);
      if (!record) continue;
      for (const field of idFields) {
        const id = toId(record[field]);
        if (id !== null) {
          items.set(id, item);
          break;
        }
      }
    }
    return items;
  }
  const record = asRecord(answer);
  if (!record) return null;
  for (const [key, item] of Object.entries(record)) items.set(key.trim(), item);
  return items;
}

/** A per-item `{"error": ...}` as a failure, or null when the item is not an error. */
export function itemFailure(item: unknown): ProviderFailure | null {
  const text = errorText(item);
  return text === null ? null : failure(classifyErrorText(text), text);
}

/** Builds a result for every asked id, reading each found item with `read`. */
export function resultsFor<T>(
  ids: readonly string[],
  items: Map<string, unknown>,
  read: (item: unknown) => ProviderResult<T>,
): BatchResult<T> {
  const results: BatchResult<T> = new Map();
  for (const id of ids) {
    if (!items.has(id)) {
      results.set(id, failure("uncertain", "missing from the provider's answer"));
      continue;
    }
    const item = items.get(id);
    results.set(id, itemFailure(item) ?? read(item));
  }
  return results;
}

/** The same failure for every id (the whole batch call failed). */
export function failAll<T>(ids: readonly string[], outcome: ProviderFailure): BatchResult<T> {
  return new Map(ids.map((id) => [id, outcome]));
}
