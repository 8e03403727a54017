// After the run: the panels' throw-away databases go (their ports, hence folders, differ each run).
import { rmSync } from "node:fs";
import path from "node:path";
import { E2E, VND_PANEL } from "./environment";

export default function teardown() {
  for (const panel of [E2E, VND_PANEL]) rmSync(path.dirname(new URL(panel.databaseUrl).pathname), { recursive: true, force: true });
}
