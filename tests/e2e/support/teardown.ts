// After the run: the panels' throw-away databases go (their ports, hence folders, differ each run).
import { rmSync } from "node:fs";
import path from "node:path";
import { PANELS, VND_PANEL } from "./environment";

export default function teardown() {
  for (const panel of [...PANELS, VND_PANEL])
    rmSync(path.dirname(new URL(panel.databaseUrl).pathname), { recursive: true, force: true });
}
