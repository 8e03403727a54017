// Builds into another BUILD_DIR (bench:api, parallel e2e) must not rewrite the tracked
// tsconfig.json: Next adds "<distDir>/types/**/*.ts" to the include list of the tsconfig it is
// given. Such a build gets a tsconfig of its own that only extends the tracked one (Next leaves
// an extending tsconfig alone), kept in the build folder's cache/, which \`next build\` does not clean.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEFAULT_BUILD_DIR = ".next";

/**
 * The tsconfig (path relative to root) that `next build` uses for this build folder.
 * @param {string} root
 * @param {string} buildDir
 */
export function buildTsconfigPath(root, buildDir) {
  if (path.normalize(buildDir) === DEFAULT_BUILD_DIR) return "tsconfig.json";
  const dir = path.resolve(root, "tmp", "tsconfig");
  const file = path.join(dir, `${path.normalize(buildDir).replace(/[^\w.-]+/g, "_")}.json`);
  const base = path.relative(dir, path.join(root, "tsconfig.json")).replaceAll(path.sep, "/");
  const text = `${JSON.stringify({ extends: base }, null, 2)}\n`;
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    mkdirSync(dir, { recursive: true });
  }
  if (current !== text) writeFileSync(file, text);
  return path.relative(root, file);
}
