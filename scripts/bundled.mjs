/**
 * `node scripts/bundled.mjs <entry.ts> [<worker entry.ts> …] -- <arguments>`: runs a TypeScript
 * command from an esbuild bundle kept in node_modules/.cache/claimtrail/, rebuilt whenever a file
 * it was built from has changed. For a command whose start-up counts: `npm run history:verify`
 * spent a second of CPU in tsx's loader (every module resolved and transpiled, or read from tsx's
 * cache, through a loader thread) before its first query; from the bundle it starts in a tenth of
 * that. Further entries are bundled beside the first, as `<name>.mjs`, for worker threads to load
 * (lib/history/verify-workers.ts).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dash = process.argv.indexOf("--", 2);
const entries = process.argv.slice(2, dash < 0 ? undefined : dash);
const args = dash < 0 ? [] : process.argv.slice(dash + 1);
if (entries.length === 0) {
  console.error("Usage: node scripts/bundled.mjs <entry.ts> [<worker entry.ts> …] -- <arguments>");
  process.exit(2);
}
const name = path.basename(entries[0], ".ts");
// Besides the sources, what changes how they are bundled.
const SETTINGS = ["package.json", "tsconfig.json", "scripts/bundled.mjs"];

/** Whether the bundle in `dir` was built from these entries and files exactly as they are now. */
function fresh(dir) {
  try {
    const built = JSON.parse(readFileSync(path.join(dir, "inputs.json"), "utf8"));
    if (JSON.stringify(built.entries) !== JSON.stringify(entries)) return false;
    return Object.entries(built.inputs).every(([file, [mtime, size]]) => {
      const now = statSync(path.join(root, file));
      return now.mtimeMs === mtime && now.size === size;
    });
  } catch {
    return false;
  }
}

async function bundle(dir) {
  const { build } = await import("esbuild");
  // Built beside, then moved into place: a run never loads a half-written bundle.
  const building = `${dir}.${process.pid}`;
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: building,
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    // The packages too: a worker thread loading zod's hundred modules from node_modules took
    // longer than evaluating one bundle. Their CommonJS modules require Node's through this.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    // pg's optional back ends, loaded only when asked for.
    external: ["pg-native", "pg-cloudflare"],
    metafile: true,
    logLevel: "error",
  });
  const inputs = {};
  for (const file of [...Object.keys(metafile.inputs), ...SETTINGS]) {
    const { mtimeMs, size } = statSync(path.join(root, file));
    inputs[file] = [mtimeMs, size];
  }
  writeFileSync(path.join(building, "inputs.json"), JSON.stringify({ entries, inputs }));
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(building, dir);
    return dir;
  } catch {
    return building; // another run moved its own bundle in first: use this one
  }
}

let dir = path.join(root, "node_modules", ".cache", "claimtrail", name);
try {
  mkdirSync(path.dirname(dir), { recursive: true });
} catch {
  dir = path.join(tmpdir(), `claimtrail-${name}`); // a read-only install
}
if (!fresh(dir)) dir = await bundle(dir);
// The command reads its arguments as if it had been run itself.
process.argv = [process.argv[0], path.join(root, entries[0]), ...args];
await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
