// `next build` into any BUILD_DIR leaves the tracked tsconfig.json as it is: Next's own
// tsconfig writer (the one a build runs) finds nothing to add.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildTsconfigPath } from "@/lib/build/build-tsconfig.mjs";

const require = createRequire(import.meta.url);
const { writeConfigurationDefaults } = require("next/dist/lib/typescript/writeConfigurationDefaults") as {
  writeConfigurationDefaults: (
    ts: string,
    file: string,
    firstTime: boolean,
    appDir: boolean,
    distDir: string,
    pagesDir: boolean,
    strictRoutes: boolean,
  ) => Promise<void>;
};
const tsVersion = (require("typescript/package.json") as { version: string }).version;
const repo = path.resolve(import.meta.dirname, "../../..");

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function copyOfRepoTsconfig() {
  root = mkdtempSync(path.join(tmpdir(), "upline-tsconfig-"));
  copyFileSync(path.join(repo, "tsconfig.json"), path.join(root, "tsconfig.json"));
  return readFileSync(path.join(root, "tsconfig.json"), "utf8");
}

describe("build tsconfig", () => {
  it.each([".next", ".next-api", "tmp/e2e-build"])(
    "a build into %s does not rewrite tsconfig.json",
    async (buildDir) => {
      const before = copyOfRepoTsconfig();
      const used = buildTsconfigPath(root, buildDir);
      const usedBefore = readFileSync(path.join(root, used), "utf8");
      await writeConfigurationDefaults(tsVersion, path.join(root, used), false, true, buildDir, false, false);
      expect(readFileSync(path.join(root, "tsconfig.json"), "utf8")).toBe(before);
      expect(readFileSync(path.join(root, used), "utf8")).toBe(usedBefore);
    },
  );

  it("another build folder's tsconfig extends the tracked one and lives in git-ignored tmp/", () => {
    copyOfRepoTsconfig();
    const used = buildTsconfigPath(root, ".next-api");
    expect(used).toMatch(/^tmp[/\\]/);
    const config = JSON.parse(readFileSync(path.join(root, used), "utf8")) as { extends: string };
    expect(path.resolve(path.dirname(path.join(root, used)), config.extends)).toBe(
      path.join(root, "tsconfig.json"),
    );
  });
});
