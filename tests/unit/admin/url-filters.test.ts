import { describe, expect, it } from "vitest";
import { dateParam, enumParam, firstParam, hrefWith, idParam, pageParam } from "@/lib/http/url-filters";

describe("URL filters", () => {
  it("read parameters defensively", () => {
    const params = {
      q: ["  a@b.c ", "x"],
      page: "3",
      bad: "-1",
      role: "ADMIN",
      id: "#12",
      day: "2026-02-03",
      nope: "2026-13-45",
    };
    expect(firstParam(params, "q")).toBe("a@b.c");
    expect(firstParam(params, "missing")).toBeUndefined();
    expect(pageParam(params)).toBe(3);
    expect(pageParam({ page: "abc" })).toBe(1);
    expect(pageParam({ page: "0" })).toBe(1);
    expect(enumParam(params, "role", ["ADMIN", "CUSTOMER"] as const)).toBe("ADMIN");
    expect(enumParam({ role: "ROOT" }, "role", ["ADMIN"] as const, "ADMIN")).toBe("ADMIN");
    expect(idParam(params, "id")).toBe(12);
    expect(idParam(params, "bad")).toBeUndefined();
    expect(dateParam(params, "day")?.toISOString()).toBe("2026-02-03T00:00:00.000Z");
    expect(dateParam(params, "nope")).toBeUndefined();
  });

  it("builds links that keep filters, drop empty ones and reset the page on a filter change", () => {
    const current = { q: "bob", role: undefined, page: 4 };
    expect(hrefWith("/admin/users", current, { page: 5 })).toBe("/admin/users?q=bob&page=5");
    expect(hrefWith("/admin/users", current, { role: "ADMIN" })).toBe("/admin/users?q=bob&role=ADMIN");
    expect(hrefWith("/admin/users", current, { page: 1, q: "" })).toBe("/admin/users");
    expect(hrefWith("/x", { q: "a&b=c" })).toBe("/x?q=a%26b%3Dc");
  });
});
