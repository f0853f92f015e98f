/**
 * Generates the Prisma client at install time without Prisma's native schema engine, whose
 * download fails on offline machines. Generation never runs the engine; Prisma only insists that
 * a file be there, so we point it at a stand-in that explains itself if anything does run it.
 */
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const standIn = path.resolve("scripts/no-schema-engine.sh");
chmodSync(standIn, 0o755);
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: standIn,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
