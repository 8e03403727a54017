import { describe, expect, it } from "vitest";
import { parseInline, parseInstructions } from "@/lib/payments/instructions";

describe("payment instructions", () => {
  it("splits paragraphs and bullets, keeps line breaks", () => {
    expect(parseInstructions("Pay to:\nIBAN DE00 1234\n\n- Bank transfer\n- USDT\nThanks")).toEqual([
      {
        kind: "paragraph",
        lines: [[{ kind: "text", text: "Pay to:" }], [{ kind: "text", text: "IBAN DE00 1234" }]],
      },
      { kind: "list", items: [[{ kind: "text", text: "Bank transfer" }], [{ kind: "text", text: "USDT" }]] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "Thanks" }]] },
    ]);
    expect(parseInstructions("  \n\n ")).toEqual([]);
  });

  it("marks bold and http(s) links only; HTML stays text", () => {
    expect(parseInline("Send **exactly** the amount to https://pay.example/x.")).toEqual([
      { kind: "text", text: "Send " },
      { kind: "bold", text: "exactly" },
      { kind: "text", text: " the amount to " },
      { kind: "link", text: "https://pay.example/x" },
      { kind: "text", text: "." },
    ]);
    expect(parseInline("<img src=x onerror=alert(1)> javascript:alert(1)")).toEqual([
      { kind: "text", text: "<img src=x onerror=alert(1)> javascript:alert(1)" },
    ]);
  });
});
