import { describe, expect, it } from "vitest";
import { classifyErrorText, classifyHttpStatus, classifyNetworkCode } from "@/lib/providers/classify";

describe("classifyErrorText", () => {
  it.each([
    "Bad link",
    "Incorrect service ID",
    "Quantity less than minimal 50",
    "Quantity more than maximum 10000",
    "Incorrect order ID",
    "Refill not found",
    "Refill is not available for this service",
    "Cancel is not available for this service",
    "This account is private",
    "Incorrect request",
    "Something unheard of",
  ])("%s is rejected", (text) => {
    expect(classifyErrorText(text)).toBe("rejected");
  });

  it.each([
    "Not enough funds on balance",
    "NOT ENOUGH FUNDS",
    "Insufficient balance",
    "Invalid API key",
    "Your account is suspended",
    "Too many requests, slow down",
    "Rate limit exceeded",
    "Service temporarily unavailable",
    "Site is under maintenance, try again later",
    "You have active order with this link. Please wait until order being completed.",
  ])("%s is temporary", (text) => {
    expect(classifyErrorText(text)).toBe("temporary");
  });
});

describe("classifyHttpStatus and classifyNetworkCode", () => {
  it("treats 429 and 5xx as temporary, gateway timeouts as uncertain", () => {
    expect(classifyHttpStatus(429)).toBe("temporary");
    expect(classifyHttpStatus(500)).toBe("temporary");
    expect(classifyHttpStatus(502)).toBe("temporary");
    expect(classifyHttpStatus(504)).toBe("uncertain");
  });

  it("treats errors before sending as temporary and the rest as uncertain", () => {
    expect(classifyNetworkCode("ECONNREFUSED")).toBe("temporary");
    expect(classifyNetworkCode("ENOTFOUND")).toBe("temporary");
    expect(classifyNetworkCode("ECONNRESET")).toBe("uncertain");
    expect(classifyNetworkCode("UND_ERR_SOCKET")).toBe("uncertain");
    expect(classifyNetworkCode(undefined)).toBe("uncertain");
  });
});
