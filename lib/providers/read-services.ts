// Reads the `services` list. One bad entry does not spoil the list: it is reported in `invalid`.
import { asRecord, normalizeServiceType, toBool, toCount, toId, toMoneyUnits } from "./normalize";
import { failure, ok, type ProviderResult } from "./outcome";
import type { ProviderService, ServiceList } from "./types";

function readService(raw: unknown): ProviderService | string {
  const record = asRecord(raw);
  if (!record) return "not an object";
  const id = toId(record.service) ?? toId(record.id);
  if (id === null) return "no service id";
  const rate = toMoneyUnits(record.rate);
  if (rate === null || rate < 0n) return `service ${id}: rate is not an amount`;
  const min = toCount(record.min);
  const max = toCount(record.max);
  if (min === null || max === null || min < 0 || max < min) return `service ${id}: bad min/max`;
  const typeName = typeof record.type === "string" && record.type.trim() ? record.type.trim() : "Default";
  return {
    id,
    name: typeof record.name === "string" ? record.name.trim() : `Service ${id}`,
    type: normalizeServiceType(typeName),
    typeName,
    category: typeof record.category === "string" ? record.category.trim() : "",
    rate,
    min,
    max,
    refill: toBool(record.refill) ?? false,
    cancel: toBool(record.cancel) ?? false,
    dripfeed: toBool(record.dripfeed) ?? false,
    // Panels name it "description" or "desc".
    description:
      typeof record.description === "string"
        ? record.description
        : typeof record.desc === "string"
          ? record.desc
          : null,
  };
}

export function readServices(answer: unknown): ProviderResult<ServiceList> {
  // A few panels wrap the list: {"services": [...]} or {"data": [...]}.
  const record = asRecord(answer);
  const list = Array.isArray(answer) ? answer : (record?.services ?? record?.data);
  if (!Array.isArray(list)) return failure("uncertain", "unreadable services answer");
  const result: ServiceList = { services: [], invalid: [] };
  list.forEach((raw, index) => {
    const service = readService(raw);
    if (typeof service === "string") result.invalid.push({ index, reason: service });
    else result.services.push(service);
  });
  return ok(result);
}
