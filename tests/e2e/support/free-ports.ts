// A block of consecutive free loopback ports for one e2e run, found once by the Playwright runner
// and handed to its workers through E2E_PORT (workers inherit the runner's environment), so a
// second checkout running its tests on the same machine never meets "port already used".
import { execFileSync } from "node:child_process";

// Binds every port of a candidate block at once (and lets go): the block is free only if all bind.
const probe = `
const net = require("node:net");
const [size] = process.argv.slice(1).map(Number);
async function tryBlock(base) {
  const servers = [];
  try {
    for (let p = base; p < base + size; p++) {
      const server = net.createServer();
      await new Promise((resolve, reject) => { server.once("error", reject); server.listen(p, "127.0.0.1", resolve); });
      servers.push(server);
    }
    return true;
  } catch {
    return false;
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  }
}
(async () => {
  for (let i = 0; i < 50; i++) {
    const base = 20000 + Math.floor(Math.random() * 2000) * 20;
    if (await tryBlock(base)) { process.stdout.write(String(base)); return; }
  }
  process.exit(1);
})();
`;

/** The first port of `size` consecutive ports that were all free a moment ago. */
export function freePortBlock(size: number): number {
  return Number(execFileSync(process.execPath, ["-e", probe, String(size)], { encoding: "utf8" }));
}
