import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // One file per core: vitest's default, cores - 1, ran the files one at a time on a
          // 2-core machine while most of them wait on sockets, child processes and timeouts.
          // (cores + 1 timed out timing-sensitive tests on a machine at load 40; not retried.)
          maxWorkers: availableParallelism(),
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
