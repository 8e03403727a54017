import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { scrubAddresses } from "@/lib/providers/scrub-addresses";
import { errorMessage } from "@/lib/reseller-api/api-errors";

describe("API error texts", () => {
  it("pass the field's wording through unchanged", () => {
    expect(errorMessage(new AppError("Quantity less than minimal 50"))).toBe("Quantity less than minimal 50");
    expect(errorMessage(new AppError("The refill period of 30 days has ended"))).toBe(
      "The refill period of 30 days has ended",
    );
  });

  it("hide addresses a provider's quoted answer may hold", () => {
    expect(
      scrubAddresses("The provider refused the refill: see https://upstream.example/api/v2?key=abc for help"),
    ).toBe("The provider refused the refill: see [hidden] for help");
    expect(scrubAddresses("connect ECONNREFUSED 127.0.0.1:3101")).toBe("connect ECONNREFUSED [hidden]");
    expect(scrubAddresses("upstream.example.com:8443 is down")).toBe("[hidden] is down");
    expect(errorMessage(new AppError("The provider refused the cancel: ftp://x.y/z"))).toBe(
      "The provider refused the cancel: [hidden]",
    );
  });

  it("answer unexpected errors generically", () => {
    expect(errorMessage(new Error("SQLITE_BUSY at /work/main/lib/db/index.ts:12"))).toBe(
      "Internal error, please try again later",
    );
  });
});
