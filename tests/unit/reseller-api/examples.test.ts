import { describe, expect, it } from "vitest";
import type { ApiActionForm } from "@/lib/reseller-api/action-types";
import { curlExample, exampleParams, phpExample } from "@/lib/reseller-api/examples";

const form: ApiActionForm = {
  title: "Custom comments",
  params: [
    { name: "service", description: "", example: "15" },
    { name: "link", description: "", example: "https://instagram.com/p/x" },
    { name: "comments", description: "", example: "It's great\nWow $5" },
    { name: "request_id", description: "", example: "r1", optional: true },
  ],
  response: {},
};

describe("API page examples", () => {
  it("send key, action and the required parameters, not the optional ones", () => {
    expect(exampleParams("add", form).map(([name]) => name)).toEqual([
      "key",
      "action",
      "service",
      "link",
      "comments",
    ]);
  });

  it("quote values for the shell", () => {
    expect(curlExample("https://panel.test/api/v2", "add", form)).toBe(
      [
        "curl -X POST https://panel.test/api/v2",
        "  -d key=YOUR_API_KEY",
        "  -d action=add",
        "  -d service=15",
        "  -d link=https://instagram.com/p/x",
        "  --data-urlencode 'comments=It'\\''s great\nWow $5'",
      ].join(" \\\n"),
    );
  });

  it("write PHP literals: numbers bare, newlines and $ escaped in double quotes", () => {
    const php = phpExample("https://panel.test/api/v2", "add", form);
    expect(php).toContain("    'service' => 15,");
    expect(php).toContain("    'link' => 'https://instagram.com/p/x',");
    expect(php).toContain(`    'comments' => "It's great\\nWow \\$5",`);
    expect(php).toContain("curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post_data));");
  });

  it("use this panel's own service id for the form's type when it has one", () => {
    const typed = { ...form, serviceTypes: ["Custom Comments", "Custom Comments Package"] };
    expect(exampleParams("add", typed, { "Custom Comments Package": 42, Default: 1 })).toContainEqual([
      "service",
      "42",
    ]);
    expect(exampleParams("add", typed, { Default: 1 })).toContainEqual(["service", "15"]);
    expect(phpExample("https://panel.test/api/v2", "add", typed, { "Custom Comments": 7 })).toContain(
      "    'service' => 7,",
    );
  });
});
