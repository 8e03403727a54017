import { describe, expect, it } from "vitest";
import { toCatalogView, toDuration } from "@/lib/catalog/catalog-view";
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

  it("keeps an average time's two largest units, nothing until there is data", () => {
    expect(toDuration(null)).toBeNull();
    expect(toDuration(0.2)).toEqual({ unit: "seconds", seconds: 1 });
    expect(toDuration(12)).toEqual({ unit: "seconds", seconds: 12 });
    expect(toDuration(95)).toEqual({ unit: "minutes", minutes: 2 });
    expect(toDuration(5400)).toEqual({ unit: "hours", hours: 1, minutes: 30 });
    expect(toDuration(7200)).toEqual({ unit: "hours", hours: 2, minutes: 0 });
    expect(toDuration(200_000)).toEqual({ unit: "days", days: 2, hours: 7 });
  });

  it("labels Package types per order", () => {
    const view = toCatalogView(
      [
        {
          id: 1,
          name: "Packs",
          services: [
            {
              id: 9,
              name: "Starter",
              type: "Package",
              categoryId: 1,
              categoryName: "Packs",
              rate: 195_000n,
              min: 1,
              max: 1,
              refill: false,
              cancel: false,
              dripfeed: false,
              description: null,
              averageSeconds: null,
            },
          ],
        },
      ],
      settings,
    );
    expect(view[0].services[0]).toMatchObject({ rate: "$1.95", perOrder: true, averageTime: null });
  });
});
