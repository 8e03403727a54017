// The sign-in page sends people back only to a path on this site.
import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "@/lib/auth/return-to";

describe("return path after sign-in", () => {
  it("keeps a path and its query on this site", () => {
    expect(safeReturnPath("/admin/orders?state=review")).toBe("/admin/orders?state=review");
    expect(signInHref("/admin/payments")).toBe("/login?next=%2Fadmin%2Fpayments");
  });

  it("refuses other origins and odd values", () => {
    for (const bad of ["//evil.test/x", "https://evil.test", "/\\evil.test", "admin", "", undefined, "/" + "a".repeat(600)]) {
      expect(safeReturnPath(bad)).toBeUndefined();
    }
    expect(safeReturnPath(["/admin", "/x"])).toBe("/admin");
    expect(signInHref("//evil.test")).toBe("/login");
  });
});
