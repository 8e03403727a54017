import { describe, expect, it } from "vitest";
import { formatDuration, toCatalogView } from "@/lib/catalog/catalog-view";
import { formatRate } from "@/lib/format";

const settings = { currencySymbol: "$", displayDecimals: 2 };

describe("catalog view", () => {
  it("shows a rate exactly, never rounding a tiny rate to zero", () => {
    expect(formatRate(117_000n, settings)).toBe("$1.17");
    expect(formatRate(156n, settings)).toBe("$0.00156");
    expect(formatRate(100_000_000_000n, settings)).toBe("$1,000,000.00");
    expect(formatRate(120_000n, { currencySymbol: "€", displayDecimals: 0 })).toBe("€1.2");
    expect(formatRate(200_000n, { currencySymbol: "€", displayDecimals: 0 })).toBe("€2");
  });

  it("shows average times in words, a dash until there is data", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(12)).toBe("12 s");
    expect(formatDuration(95)).toBe("2 min");
    expect(formatDuration(5400)).toBe("1 h 30 min");
    expect(formatDuration(7200)).toBe("2 h");
    expect(formatDuration(200_000)).toBe("2 d 7 h");
  });

  it("labels Package types per order", () => {
    const view = toCatalogView(
      [{ id: 1, name: "Packs", services: [{ id: 9, name: "Starter", type: "Package", categoryId: 1, categoryName: "Packs", rate: 195_000n, min: 1, max: 1, refill: false, cancel: false, dripfeed: false, description: null, averageSeconds: null }] }],
      settings,
    );
    expect(view[0].services[0]).toMatchObject({ rate: "$1.95", unit: "per order", averageTime: "—" });
  });
});
