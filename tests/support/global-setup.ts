// vitest globalSetup for the integration project: one temp folder for the run's SQLite test
// databases, removed at the end even when a worker dies without cleaning up after itself.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "upline-vitest-"));
  project.provide("testDbDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
