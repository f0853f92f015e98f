import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; in tests the data layer is the server.
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          // Property tests run thousands of cases; on a loaded 2-core machine one took over the
          // default 5 s (safe-redirect, 2,000 runs). A hung test still fails, just later.
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          // Each file gets a fresh database of its own (test/setup-database.ts).
          setupFiles: ["test/setup-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
      {
        ...shared,
        test: {
          // `npm run test:reliability` (scripts/reliability.ts): races, a model-based test, killed
          // connections and backup/restore on a PostgreSQL server; each file on a fresh database.
          name: "reliability",
          include: ["test/reliability/**/*.reliability.test.ts"],
          setupFiles: ["test/setup-database.ts"],
          testTimeout: 600_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
