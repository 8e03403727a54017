// vitest globalSetup for the integration project: one temp folder for the run's SQLite test
// databases, removed at the end even when a worker dies without cleaning up after itself, and
// one migrated template database every test file copies (tests/support/template-database.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTemplate, type TemplateDatabase } from "./template-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
    testDbTemplate: TemplateDatabase;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "upline-vitest-"));
  project.provide("testDbDir", dir);
  const { template, drop } = await createTemplate(dir, process.env.TEST_DATABASE_URL || undefined);
  project.provide("testDbTemplate", template);
  return async () => {
    try {
      await drop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
