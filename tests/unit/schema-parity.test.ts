// The SQLite and PostgreSQL schema files must describe the same models: they may differ only in
// the datasource provider and the generated client's folder.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const providers = ["sqlite", "postgresql"] as const;

function readSchema(provider: string): string {
  return readFileSync(path.resolve(import.meta.dirname, "../../prisma", provider, "schema.prisma"), "utf8");
}

/** The schema with its two provider-specific lines replaced by placeholders; throws if either is missing. */
function neutralize(provider: string): string {
  const schema = readSchema(provider);
  const output = `output       = "../../lib/db/generated/${provider}"`;
  const datasource = `datasource db {\n  provider = "${provider}"\n}`;
  if (!schema.includes(output)) throw new Error(`${provider}: generator output line not found: ${output}`);
  if (!schema.includes(datasource)) throw new Error(`${provider}: datasource block not found`);
  return schema
    .replace(output, "output = <client folder>")
    .replace(datasource, "datasource db { <provider> }");
}

describe("schema files", () => {
  it.each(providers)("%s names its own provider and client folder", (provider) => {
    expect(() => neutralize(provider)).not.toThrow();
  });

  it("are identical apart from provider and client folder", () => {
    expect(neutralize("postgresql")).toBe(neutralize("sqlite"));
  });
});
