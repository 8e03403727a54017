// Prisma's schema engine (migrations and diffs) as WebAssembly, bound to a driver adapter.
// The native engine binary cannot be downloaded here; the wasm build does the same work in-process.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { engineOf, type Engine } from "./engine.mjs";

export type { SchemaEngine };
export type Provider = Engine;

export const providerOf = engineOf;

// The glue's .d.ts omits its wasm-bindgen setter.
const bindings = glue as typeof glue & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
let loaded = false;

// The package's entry imports the .wasm as an ES module, which Node 20 refuses, so we compile it
// ourselves and hand the instance to the wasm-bindgen glue. Done once per process.
function loadWasm() {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

/**
 * Runs `work` on a schema engine connected to `url` (file: for SQLite, postgresql:// otherwise),
 * then frees it and closes its connections. Avoid operations that need a shadow database
 * (see lib/db/migrate.ts): with these adapters they fail.
 */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loadWasm();
  // engine.free() closes none of the connections the engine opened: we track and close them,
  // or SQLite stays locked by the engine's last transaction and pg's idle clients keep Node alive.
  const pool = providerOf(url) === "postgresql" ? openPool(url) : null;
  const connections = trackConnections(pool ? new PrismaPg(pool) : new PrismaBetterSqlite3({ url }));
  const factory = bindMigrationAwareSqlAdapterFactory(connections.factory);
  // The engine reports a driver failure only as "External error id#N"; the adapter kept the real one.
  const unwrap = (error: unknown) => {
    const id = /External error id#(\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    const original = id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id));
    return original ? original.error : error;
  };
  let engine: SchemaEngine | undefined;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, logEngine, factory);
    return await work(engine);
  } catch (error) {
    throw unwrap(error);
  } finally {
    engine?.free();
    await connections.closeAll();
    await pool?.end();
  }
}

function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const open: SqlDriverAdapter[] = [];
  const keep = (adapter: SqlDriverAdapter) => (open.push(adapter), adapter);
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => factory.connect().then(keep),
      connectToShadowDb: () => factory.connectToShadowDb().then(keep),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    closeAll: () => Promise.all(open.splice(0).map((adapter) => adapter.dispose())),
  };
}

function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, allowExitOnIdle: true });
  // The engine's introspection selects PostgreSQL's one-byte "char" type (OID 18, e.g.
  // pg_constraint.contype), which adapter-pg 7.10 refuses to map. It holds a character: call it
  // text (OID 25) before the adapter reads the column types.
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", (msg: { fields: { dataTypeID: number }[] }) => {
      for (const field of msg.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    });
  });
  return pool;
}

// The engine logs JSON lines; only problems are worth a reader's attention.
function logEngine(line: string) {
  if (/"level":"(ERROR|WARN)"/.test(line)) console.error(`schema engine: ${line}`);
}
