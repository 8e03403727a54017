import { describe, expect, it } from "vitest";
import {
  normalizeOrderStatus,
  normalizeRefillStatus,
  normalizeServiceType,
  pickOrderId,
  toBool,
  toCount,
  toId,
  toMoneyUnits,
  errorText,
} from "@/lib/providers/normalize";
import {
  readAdd,
  readCancelMany,
  readOrderState,
  readRefillStatusMany,
  readStatusMany,
} from "@/lib/providers/read-answers";
import { readServices } from "@/lib/providers/read-services";

describe("money and counts", () => {
  it.each([
    ["100.84292", 10_084_292n],
    ["1,234.56", 123_456_000n],
    ["20.00000000", 2_000_000n],
    ["0.0012", 120n],
    ["0.000015", 2n], // rounded half up to 5 decimals
    ["0.000014", 1n],
    ["8", 800_000n],
    [" 12.5 ", 1_250_000n],
    [0.27819, 27_819n],
    [20, 2_000_000n],
    [1e-7, 0n],
    ["0,5", 50_000n],
    ["-1.5", -150_000n],
  ])("%j -> %s units", (raw, units) => {
    expect(toMoneyUnits(raw)).toBe(units);
  });

  it.each([["abc"], [""], [null], [undefined], [{}], [Number.NaN], ["1.2.3"]])("%j is not money", (raw) => {
    expect(toMoneyUnits(raw)).toBeNull();
  });

  it("reads counts as numbers or strings", () => {
    expect(toCount("3572")).toBe(3572);
    expect(toCount(157)).toBe(157);
    expect(toCount("1,234")).toBe(1234);
    expect(toCount("157.0")).toBe(157);
    expect(toCount("-15")).toBe(-15);
    expect(toCount("")).toBeNull();
    expect(toCount(null)).toBeNull();
  });
});

describe("booleans and ids", () => {
  it.each([true, 1, "1", "yes", "true", "TRUE", " Yes "])("%j is true", (raw) =>
    expect(toBool(raw)).toBe(true),
  );
  it.each([false, 0, "0", "no", "false", "", null, undefined])("%j is false", (raw) =>
    expect(toBool(raw)).toBe(false),
  );
  it("is null for other words", () => expect(toBool("maybe")).toBeNull());

  it("reads ids as int or string", () => {
    expect(toId(23501)).toBe("23501");
    expect(toId(" 23501 ")).toBe("23501");
    expect(toId("")).toBeNull();
    expect(toId(1.5)).toBeNull();
  });

  it.each([{ order: 1 }, { order_id: "1" }, { orderId: 1 }, { id: "1" }])(
    "finds the order id in %j",
    (answer) => {
      expect(pickOrderId(answer)).toBe("1");
    },
  );
});

describe("statuses and types", () => {
  it.each([
    ["Pending", "PENDING"],
    ["In progress", "IN_PROGRESS"],
    ["in_progress", "IN_PROGRESS"],
    ["IN PROGRESS", "IN_PROGRESS"],
    ["Processing", "PROCESSING"],
    ["Completed", "COMPLETED"],
    ["completed", "COMPLETED"],
    ["Partial", "PARTIAL"],
    ["Canceled", "CANCELED"],
    ["Cancelled", "CANCELED"],
    ["Refunded", "CANCELED"],
    ["Fail", "FAILED"],
    ["Error", "FAILED"],
    ["Active", "IN_PROGRESS"],
    ["Paused", "IN_PROGRESS"],
    ["Expired", "EXPIRED"],
  ])("order status %s -> %s", (raw, status) => {
    expect(normalizeOrderStatus(raw)).toBe(status);
  });

  it("does not guess unknown statuses", () => {
    expect(normalizeOrderStatus("Whatever")).toBeNull();
    expect(normalizeOrderStatus(3)).toBeNull();
  });

  it("maps refill statuses", () => {
    expect(normalizeRefillStatus("Rejected")).toBe("REJECTED");
    expect(normalizeRefillStatus("in progress")).toBe("IN_PROGRESS");
    expect(normalizeRefillStatus("Error")).toBe("ERROR");
  });

  it("canonicalizes service types", () => {
    expect(normalizeServiceType("custom_comments")).toBe("Custom Comments");
    expect(normalizeServiceType("Mentions with Hashtags")).toBe("Mentions with Hashtags");
    expect(normalizeServiceType("seo")).toBe("SEO");
    expect(normalizeServiceType("Drip Feed Magic")).toBeNull();
  });

  it("reads error texts", () => {
    expect(errorText({ error: "Incorrect order ID" })).toBe("Incorrect order ID");
    expect(errorText({ error: { message: "Bad link" } })).toBe("Bad link");
    expect(errorText({ error: "" })).toBeNull();
    expect(errorText({ order: 1, error: 0 })).toBeNull();
    expect(errorText({ order: 1, error: "0" })).toBeNull();
    expect(errorText({ order: 1 })).toBeNull();
    expect(errorText([{ error: "x" }])).toBeNull();
  });
});

describe("answer shapes", () => {
  it("reads an add answer with the balance after it", () => {
    expect(readAdd({ order: 23501, newBalance: "1,234.56" })).toEqual({
      kind: "ok",
      value: { orderId: "23501", newBalance: 123_456_000n },
    });
    expect(readAdd({ status: "ok" }).kind).toBe("uncertain");
  });

  it("reads a status answer and reports unknown statuses as uncertain", () => {
    expect(
      readOrderState({
        charge: "0.27819",
        start_count: "3572",
        status: "Partial",
        remains: "157",
        currency: "USD",
      }),
    ).toEqual({
      kind: "ok",
      value: {
        status: "PARTIAL",
        rawStatus: "Partial",
        charge: 27_819n,
        startCount: 3572,
        remains: 157,
        currency: "USD",
      },
    });
    expect(readOrderState({ status: "Teleported" }).kind).toBe("uncertain");
  });

  it("reads multi status keyed by id with per-item errors and missing ids", () => {
    const results = readStatusMany(
      {
        "1": {
          charge: "20.00000000",
          start_count: "9379",
          status: "Completed",
          remains: "0",
          currency: "USD",
        },
        "123": { error: "Incorrect order ID" },
      },
      ["1", "123", "7"],
    );
    expect(results?.get("1")).toMatchObject({
      kind: "ok",
      value: { status: "COMPLETED", charge: 2_000_000n },
    });
    expect(results?.get("123")).toEqual({ kind: "rejected", reason: "Incorrect order ID" });
    expect(results?.get("7")?.kind).toBe("uncertain");
  });

  it("reads multi refill status as an array with nested errors", () => {
    const results = readRefillStatusMany(
      [
        { refill: "1", status: "Rejected" },
        { refill: 2, status: "Completed" },
        { refill: "3", status: { error: "Refill not found" } },
      ],
      ["1", "2", "3"],
    );
    expect(results?.get("1")).toEqual({ kind: "ok", value: "REJECTED" });
    expect(results?.get("2")).toEqual({ kind: "ok", value: "COMPLETED" });
    expect(results?.get("3")).toEqual({ kind: "rejected", reason: "Refill not found" });
  });

  it("reads cancel answers", () => {
    const results = readCancelMany(
      [
        { order: 9, cancel: { error: "Incorrect order ID" } },
        { order: 2, cancel: 1 },
      ],
      ["9", "2"],
    );
    expect(results?.get("9")).toEqual({ kind: "rejected", reason: "Incorrect order ID" });
    expect(results?.get("2")).toEqual({ kind: "ok", value: true });
  });

  it("reads services in both dialects and reports bad entries", () => {
    const result = readServices([
      {
        service: 1,
        name: "Followers",
        type: "Default",
        category: "First",
        rate: "0.90",
        min: "50",
        max: "10000",
        refill: true,
        cancel: true,
      },
      {
        service: "2",
        name: "Comments",
        type: "custom_comments",
        category: "Second",
        rate: 8,
        min: 10,
        max: 1500,
        refill: "0",
        cancel: "1",
      },
      { name: "no id", rate: "1" },
      { service: 4, rate: "cheap", min: 1, max: 2 },
    ]);
    if (result.kind !== "ok") throw new Error(`expected ok, got ${result.kind}`);
    expect(
      result.value.services.map((s) => [s.id, s.type, s.rate, s.min, s.max, s.refill, s.cancel]),
    ).toEqual([
      ["1", "Default", 90_000n, 50, 10000, true, true],
      ["2", "Custom Comments", 800_000n, 10, 1500, false, true],
    ]);
    expect(result.value.invalid.map((i) => i.index)).toEqual([2, 3]);
  });

  it("imports the service description whether the panel calls it description or desc", () => {
    const result = readServices([
      {
        service: 1,
        name: "A",
        type: "Default",
        category: "C",
        rate: "1",
        min: 1,
        max: 2,
        description: "Real accounts",
      },
      {
        service: 2,
        name: "B",
        type: "Default",
        category: "C",
        rate: "1",
        min: 1,
        max: 2,
        desc: "Starts in 1 hour",
      },
      { service: 3, name: "C", type: "Default", category: "C", rate: "1", min: 1, max: 2 },
    ]);
    if (result.kind !== "ok") throw new Error(`expected ok, got ${result.kind}`);
    expect(result.value.services.map((s) => s.description)).toEqual([
      "Real accounts",
      "Starts in 1 hour",
      null,
    ]);
  });
});
