// The sign-in page (and everything else that follows a `next` path) sends people back only to a
// path on this site.
import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "@/lib/auth/return-to";

describe("return path after sign-in", () => {
  it("keeps a path and its query on this site", () => {
    expect(safeReturnPath("/admin/orders?state=review")).toBe("/admin/orders?state=review");
    expect(safeReturnPath("/orders?q=a%20b#top")).toBe("/orders?q=a%20b#top");
    expect(safeReturnPath("/")).toBe("/");
    expect(signInHref("/admin/payments")).toBe("/login?next=%2Fadmin%2Fpayments");
  });

  // Browsers drop tabs and newlines from addresses and read "\" as "/", so "/\t/evil" becomes
  // "//evil", another site.
  const nasty = [
    "//evil.test/x",
    "https://evil.test",
    "/\\evil.test",
    "\\\\evil.test",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " /evil",
    "/ /evil.example",
    "/\x00/evil.example",
    "/\x0b/evil.example",
    "/\x0c/evil.example",
    "/\x1f/evil.example",
    "/\x7f/evil.example",
    "/\u0085/evil.example",
    "/\u00a0/evil.example",
    "/\u2028/evil.example",
    "/\ufeff/evil.example",
    "/%09/evil.example/x\n",
    "/admin\nSet-Cookie: a=b",
    "javascript:alert(1)",
    "/javascript:alert(1)//\n",
    "admin",
    "",
    "/" + "a".repeat(600),
  ];
  it.each(nasty.map((value) => [JSON.stringify(value), value]))("refuses %s", (_, value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });

  it("refuses missing values and takes the first of several", () => {
    expect(safeReturnPath(undefined)).toBeUndefined();
    expect(safeReturnPath(null)).toBeUndefined();
    expect(safeReturnPath(["/admin", "/x"])).toBe("/admin");
    expect(signInHref("//evil.test")).toBe("/login");
    expect(signInHref("/\t/evil.example")).toBe("/login");
  });
});
