// Pure order rules: fields per service type, refund arithmetic, backoff, refill window, mass lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/lib/db/generated/sqlite/enums";
import { backoffMs } from "@/lib/orders/dispatch";
import { refundFor } from "@/lib/orders/finalize-order";
import { parseMassOrderText } from "@/lib/orders/place-mass-order";
import { canRefill } from "@/lib/orders/refill";
import { ORDER_STATUS_NAMES } from "@/lib/orders/status-names";
import { parseOrderFields, type OrderFieldsResult } from "@/lib/validations/order";

const LINK = "https://www.instagram.com/p/abc/";
const ok = (r: OrderFieldsResult) => {
  if (!r.ok) throw new Error(r.message);
  return r.fields;
};

describe("parseOrderFields", () => {
  it("reads link and quantity, and drip-feed as quantity x runs", () => {
    expect(ok(parseOrderFields("Default", { link: ` ${LINK} `, quantity: "100" }))).toEqual({
      link: LINK,
      quantity: 100,
      dripfeed: false,
      params: { link: LINK, quantity: 100 },
    });
    expect(
      ok(parseOrderFields("Default", { link: LINK, quantity: 100, runs: "5", interval: "30" })).quantity,
    ).toBe(500);
    expect(
      parseOrderFields("Default", { link: LINK, quantity: 100, runs: "1", interval: "30" }),
    ).toMatchObject({ ok: false, field: "runs" });
    expect(parseOrderFields("Default", { link: LINK, quantity: 100, runs: "3" })).toMatchObject({
      ok: false,
      field: "interval",
    });
  });

  it("refuses links that are not http(s) URLs, with the usual wording", () => {
    for (const link of [
      "",
      "instagram",
      "ftp://x.com/a",
      "javascript:alert(1)",
      "https://x.com/a b",
      "https://",
    ]) {
      expect(parseOrderFields("Default", { link, quantity: 100 })).toEqual({
        ok: false,
        field: "link",
        message: "Bad link",
      });
    }
  });

  it("checks the quantity against the service limits", () => {
    const limits = { min: 50, max: 1000 };
    expect(parseOrderFields("Default", { link: LINK, quantity: 49 }, limits)).toMatchObject({
      ok: false,
      message: "Quantity less than minimal 50",
    });
    expect(parseOrderFields("Default", { link: LINK, quantity: 1001 }, limits)).toMatchObject({
      ok: false,
      message: "Quantity more than maximum 1000",
    });
    expect(parseOrderFields("Default", { link: LINK, quantity: "12.5" }, limits)).toMatchObject({
      ok: false,
      field: "quantity",
    });
    expect(
      parseOrderFields("Custom Comments", { link: LINK, comments: "a\nb" }, { min: 10, max: 20 }),
    ).toMatchObject({ ok: false, message: "Quantity less than minimal 10" });
  });

  it("counts list lines as the quantity and charges packages once", () => {
    expect(
      ok(parseOrderFields("Custom Comments", { link: LINK, comments: "one\r\n\r\ntwo\nthree\n" })),
    ).toMatchObject({ quantity: 3, params: { comments: "one\ntwo\nthree" } });
    expect(ok(parseOrderFields("Mentions Custom List", { link: LINK, usernames: "a\nb" })).quantity).toBe(2);
    expect(
      ok(parseOrderFields("Comment Replies", { link: LINK, username: "@bob", comments: "x\ny" })),
    ).toMatchObject({ quantity: 2, params: { username: "bob" } });
    expect(ok(parseOrderFields("Package", { link: LINK, quantity: 5000 }))).toMatchObject({
      quantity: 1,
      params: { link: LINK },
    });
    expect(ok(parseOrderFields("Custom Comments Package", { link: LINK, comments: "x" })).quantity).toBe(1);
  });

  it("asks each type for its own fields", () => {
    expect(
      parseOrderFields("Mentions with Hashtags", { link: LINK, quantity: 100, usernames: "a" }),
    ).toMatchObject({ ok: false, field: "hashtags" });
    expect(parseOrderFields("Mentions Hashtag", { link: LINK, quantity: 100 })).toMatchObject({
      ok: false,
      field: "hashtag",
    });
    expect(
      parseOrderFields("Mentions User Followers", {
        link: LINK,
        quantity: 100,
        username: "no spaces allowed",
      }),
    ).toMatchObject({ ok: false, field: "username" });
    expect(parseOrderFields("Mentions Media Likers", { link: LINK, quantity: 100 })).toMatchObject({
      ok: false,
      field: "media",
    });
    expect(parseOrderFields("Poll", { link: LINK, quantity: 100, answer_number: "0" })).toMatchObject({
      ok: false,
      field: "answer_number",
    });
    expect(parseOrderFields("SEO", { link: LINK, quantity: 100, keywords: "" })).toMatchObject({
      ok: false,
      field: "keywords",
    });
    expect(
      ok(parseOrderFields("Poll", { link: LINK, quantity: 100, answer_number: 2 })).params.answer_number,
    ).toBe("2");
  });

  it("reads subscriptions: username as the link, max x posts charged, d/m/Y expiry", () => {
    const fields = ok(
      parseOrderFields(
        "Subscriptions",
        { username: "@shop", min: "50", max: "200", posts: "3", delay: "30", expiry: "29/02/2028" },
        { min: 50, max: 1000 },
      ),
    );
    expect(fields).toEqual({
      link: "shop",
      quantity: 600,
      dripfeed: false,
      params: { username: "shop", min: 50, max: 200, posts: 3, delay: 30, expiry: "29/02/2028" },
    });
    expect(
      parseOrderFields("Subscriptions", { username: "shop", min: "300", max: "200", posts: "1" }),
    ).toMatchObject({ ok: false, field: "max" });
    expect(
      parseOrderFields("Subscriptions", {
        username: "shop",
        min: "50",
        max: "200",
        posts: "1",
        expiry: "29/02/2027",
      }),
    ).toMatchObject({ ok: false, field: "expiry" });
    expect(parseOrderFields("Subscriptions", { username: "shop", min: "50", max: "200" })).toMatchObject({
      ok: false,
      field: "posts",
    });
  });
});

describe("refundFor", () => {
  it("gives nothing for Completed, everything for Canceled, the remains share for Partial", () => {
    expect(refundFor(10_000n, 1000, { status: OrderStatus.COMPLETED })).toBe(0n);
    expect(refundFor(10_000n, 1000, { status: OrderStatus.CANCELED })).toBe(10_000n);
    expect(refundFor(10_000n, 1000, { status: OrderStatus.PARTIAL, remains: 250 })).toBe(2_500n);
    expect(refundFor(10n, 3, { status: OrderStatus.PARTIAL, remains: 1 })).toBe(3n); // rounded down
    expect(refundFor(10_000n, 1000, { status: OrderStatus.PARTIAL, remains: 5_000 })).toBe(10_000n); // clamped
    expect(refundFor(10_000n, 1000, { status: OrderStatus.PARTIAL, remains: -3 })).toBe(0n);
  });

  it("follows the provider's kept charge for flat-price and Subscriptions orders", () => {
    const share = (kept: bigint) =>
      refundFor(150_000n, 1, { status: OrderStatus.PARTIAL, share: { kept, of: 100_000n } });
    expect(share(40_000n)).toBe(90_000n); // the provider gave back 60%
    expect(share(100_000n)).toBe(0n);
    expect(share(250_000n)).toBe(0n); // kept more than it charged: nothing back
    expect(share(0n)).toBe(150_000n);
    expect(refundFor(150_000n, 1, { status: OrderStatus.PARTIAL, share: { kept: 0n, of: 0n } })).toBe(0n);
  });

  it("refuses drip-feed and Subscriptions totals past the maximum, on the field that sets them", () => {
    expect(
      parseOrderFields("Default", { link: LINK, quantity: "5000000", runs: "1000", interval: "10" }),
    ).toMatchObject({ ok: false, field: "runs" });
    expect(
      parseOrderFields("Default", { link: LINK, quantity: "1000000", runs: "1000", interval: "10" }),
    ).toMatchObject({ ok: true });
    expect(
      parseOrderFields("Subscriptions", { username: "shop", min: "1", max: "999999", posts: "10000" }),
    ).toMatchObject({ ok: false, field: "posts" });
  });

  it("never exceeds the charge, whatever the provider reports", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (charge, quantity, remains) => {
          const refund = refundFor(charge, quantity, { status: OrderStatus.PARTIAL, remains });
          return refund >= 0n && refund <= charge;
        },
      ),
    );
  });
});

describe("dispatch and refill rules", () => {
  it("backs off from 30 s doubling up to 30 minutes", () => {
    expect([1, 2, 3, 7, 50].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 1_800_000, 1_800_000]);
  });

  it("allows a refill only for refill services, Completed orders, within the window", () => {
    const now = new Date("2026-06-30T00:00:00Z");
    const done = {
      status: OrderStatus.COMPLETED,
      completedAt: new Date("2026-06-01T00:00:00Z"),
      providerOrderId: "9",
    };
    expect(canRefill(done, { refill: true, refillDays: null }, now)).toEqual({ ok: true });
    expect(canRefill(done, { refill: true, refillDays: 10 }, now)).toEqual({
      ok: false,
      error: "The refill period of 10 days has ended",
      i18n: { key: "errors.refill.periodEnded", values: { days: 10 } },
    });
    expect(canRefill(done, { refill: false, refillDays: null }, now)).toMatchObject({ ok: false });
    expect(
      canRefill({ ...done, status: OrderStatus.PARTIAL }, { refill: true, refillDays: null }, now),
    ).toMatchObject({ ok: false });
  });

  it("reads mass order lines with their line numbers", () => {
    expect(
      parseMassOrderText("1|https://a.com/x|100\n\n  2 | https://b.com | 5 \nbad\n3|https://c.com"),
    ).toEqual([
      { line: 1, serviceId: 1, fields: { link: "https://a.com/x", quantity: "100" } },
      { line: 3, serviceId: 2, fields: { link: "https://b.com", quantity: "5" } },
      { line: 4, error: "Use service_id|link|quantity", i18n: { key: "massOrder.format" } },
      { line: 5, serviceId: 3, fields: { link: "https://c.com" } },
    ]);
  });

  it("names statuses as API v2 does", () => {
    expect(Object.values(ORDER_STATUS_NAMES)).toEqual([
      "Pending",
      "In progress",
      "Processing",
      "Completed",
      "Partial",
      "Canceled",
    ]);
  });
});
