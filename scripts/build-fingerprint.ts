// A fingerprint of everything the Next build depends on (paths, sizes and mtimes), so
// `npm start` rebuilds after a pull or an edit and reuses the build otherwise.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "i18n",
  "messages",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated"]);

function collect(root: string, rel: string, out: string[]) {
  const full = path.join(root, rel);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort())
      if (!SKIP.has(name)) collect(root, path.join(rel, name), out);
  } else {
    out.push(`${rel}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

export function buildFingerprint(root: string): string {
  const entries: string[] = [];
  for (const input of INPUTS) collect(root, input, entries);
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}
