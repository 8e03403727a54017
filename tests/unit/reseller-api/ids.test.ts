import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/reseller-api/api-errors";
import { parseId, parseIdList } from "@/lib/reseller-api/ids";

describe("parseId", () => {
  it("takes positive whole numbers in the 32-bit id range only", () => {
    expect(parseId("120494")).toBe(120494);
    expect(parseId(" 7 ")).toBe(7);
    expect(parseId("2147483647")).toBe(2147483647);
    for (const bad of [
      "0",
      "-1",
      "1.5",
      "1e3",
      "0x10",
      "+7",
      "2147483648",
      "99999999999999999999",
      "",
      "abc",
      "1,2",
      undefined,
    ]) {
      expect(parseId(bad)).toBeNull();
    }
  });
});

describe("parseIdList", () => {
  it("keeps the order, drops empty tokens and duplicates, and keeps bad tokens for their own error", () => {
    expect(parseIdList("3, 1,,3,abc, 01")).toEqual([
      { text: "3", id: 3 },
      { text: "1", id: 1 },
      { text: "abc", id: null },
    ]);
  });

  it("refuses an empty list and more than 100 ids", () => {
    expect(() => parseIdList(" , ")).toThrow("Incorrect request");
    expect(parseIdList(Array.from({ length: 100 }, (_, i) => i + 1).join(","))).toHaveLength(100);
    const tooMany = () => parseIdList(Array.from({ length: 101 }, (_, i) => i + 1).join(","));
    expect(tooMany).toThrow(ApiError);
    expect(tooMany).toThrow("Too many IDs: up to 100 per request");
  });
});
