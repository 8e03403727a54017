// `npm start` rebuilds when anything the build reads changes: the request proxy and the message
// catalogs included (a stale build would keep old headers or old texts after an update).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFingerprint } from "@/scripts/build-fingerprint";

describe("buildFingerprint", () => {
  it("changes when proxy.ts or a message catalog changes, and not otherwise", () => {
    const root = mkdtempSync(path.join(tmpdir(), "upline-fingerprint-"));
    mkdirSync(path.join(root, "messages/en"), { recursive: true });
    writeFileSync(path.join(root, "messages/en/common.json"), "{}");
    writeFileSync(path.join(root, "proxy.ts"), "export {};");
    const first = buildFingerprint(root);
    expect(buildFingerprint(root)).toBe(first);
    writeFileSync(path.join(root, "messages/en/common.json"), '{"a":"b"}');
    const second = buildFingerprint(root);
    expect(second).not.toBe(first);
    writeFileSync(path.join(root, "proxy.ts"), "export const x = 1;");
    expect(buildFingerprint(root)).not.toBe(second);
  });
});
