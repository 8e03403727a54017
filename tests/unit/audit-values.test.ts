// The audit log shows money and percentages, not internal units.
import { describe, expect, it } from "vitest";
import { auditValues } from "@/lib/audit/audit-values";

const money = { currencySymbol: "$", displayDecimals: 2 };

describe("audit values", () => {
  it("formats money fields in the panel currency and basis points as percentages", () => {
    expect(
      auditValues(JSON.stringify({ balance: "1250000", amount: "-100", reason: "goodwill" }), money),
    ).toEqual([
      ["balance", "$12.50"],
      ["amount", "-$0.001"],
      ["reason", "goodwill"],
    ]);
    expect(
      auditValues(
        JSON.stringify({ discountBps: 500, markupPercent: 2550, enabled: true, rate: null }),
        money,
      ),
    ).toEqual([
      ["discountBps", "5%"],
      ["markupPercent", "25.5%"],
      ["enabled", "true"],
      ["rate", "—"],
    ]);
  });

  it("shows anything else as written", () => {
    expect(auditValues("not json", money)).toEqual([["", "not json"]]);
    expect(auditValues(null, money)).toEqual([]);
  });
});
