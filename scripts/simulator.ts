// Runs the provider simulator on its own: npx tsx scripts/simulator.ts [--port 3100] [--key KEY]
// [--control-token TOKEN] [--state-file data/simulator.json] [--seed 1] [--sloppy] [--fast]
import { parseArgs } from "node:util";
import { startSimulator } from "@/lib/providers/simulator";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3100" },
    host: { type: "string", default: "127.0.0.1" },
    key: { type: "string" },
    "control-token": { type: "string" },
    "state-file": { type: "string" },
    seed: { type: "string" },
    sloppy: { type: "boolean", default: false },
    // Orders end within seconds instead of about a minute.
    fast: { type: "boolean", default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const simulator = await startSimulator({
  port,
  host: values.host,
  apiKey: values.key,
  controlToken: values["control-token"],
  stateFile: values["state-file"],
  seed: values.seed === undefined ? undefined : Number(values.seed),
  dialect: values.sloppy ? "sloppy" : "standard",
  timings: values.fast ? { pendingMs: 2_000, runMs: 8_000, cancelMs: 1_000, refillMs: 4_000 } : undefined,
});

console.log(`Provider simulator listening
  url:           ${simulator.url}
  key:           ${simulator.key}
  control url:   ${simulator.controlUrl}
  control token: ${simulator.controlToken}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void simulator.close().then(() => process.exit(0));
  });
}
