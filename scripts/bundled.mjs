/**
 * `node scripts/bundled.mjs <entry.ts> [<worker entry.ts> …] -- <arguments>`: runs a TypeScript
 * command from an esbuild bundle kept in node_modules/.cache/claimtrail/, rebuilt whenever a file
 * it was built from has changed. For a command whose start-up counts: `npm run history:verify`
 * spent a second of CPU in tsx's loader (every module resolved and transpiled, or read from tsx's
 * cache, through a loader thread) before its first query; from the bundle it starts in a tenth of
 * that. Further entries are bundled beside the first, as `<name>.mjs`, for worker threads to load
 * (lib/history/verify-workers.ts). With `--packages=external` first, only the project's own modules
 * are bundled and every package is loaded from node_modules as usual: `npm start`'s server
 * (scripts/http-server.ts), which must load Next itself, not a copy, and load it without tsx's
 * loader thread, through which every dynamic import() would otherwise pass (Next makes one per
 * request).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const packagesExternal = process.argv[2] === "--packages=external";
const first = packagesExternal ? 3 : 2;
const dash = process.argv.indexOf("--", first);
const entries = process.argv.slice(first, dash < 0 ? undefined : dash);
const args = dash < 0 ? [] : process.argv.slice(dash + 1);
if (entries.length === 0) {
  console.error(
    "Usage: node scripts/bundled.mjs [--packages=external] <entry.ts> [<worker entry.ts> …] -- <arguments>",
  );
  process.exit(2);
}
const name = path.basename(entries[0], ".ts");
// Besides the sources, what changes how they are bundled.
const SETTINGS = ["package.json", "tsconfig.json", "scripts/bundled.mjs"];

/** The build recorded in `pointer` if it came from these entries and files exactly as they are now. */
function freshBuild(pointer) {
  try {
    const built = JSON.parse(readFileSync(pointer, "utf8"));
    if (JSON.stringify(built.entries) !== JSON.stringify(entries) || built.packagesExternal !== packagesExternal) {
      return null;
    }
    const same = Object.entries(built.inputs).every(([file, [mtime, size]]) => {
      const now = statSync(path.join(root, file));
      return now.mtimeMs === mtime && now.size === size;
    });
    return same ? path.join(path.dirname(pointer), built.dir) : null;
  } catch {
    return null;
  }
}

/**
 * Bundles into a directory of its own, never changed afterwards, then points `pointer` at it (a
 * rename, atomic): a run still using an older build, its workers loading later, keeps its files.
 */
async function bundle(pointer) {
  const { build, stop } = await import("esbuild");
  const cache = path.dirname(pointer);
  const dir = `${name}-${Date.now()}-${process.pid}`;
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: path.join(cache, dir),
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: packagesExternal ? [] : ["react-server"],
    // The packages too, unless asked otherwise: a worker thread loading zod's hundred modules from
    // node_modules took longer than evaluating one bundle. Their CommonJS modules require Node's
    // through this.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    // pg's optional back ends, loaded only when asked for.
    ...(packagesExternal ? { packages: "external" } : { external: ["pg-native", "pg-cloudflare"] }),
    metafile: true,
    logLevel: "error",
  });
  // esbuild's service process would otherwise live as long as the command (a server: for days).
  await stop();
  const inputs = {};
  for (const file of [...Object.keys(metafile.inputs), ...SETTINGS]) {
    const { mtimeMs, size } = statSync(path.join(root, file));
    inputs[file] = [mtimeMs, size];
  }
  writeFileSync(`${pointer}.${process.pid}`, JSON.stringify({ entries, packagesExternal, inputs, dir }));
  renameSync(`${pointer}.${process.pid}`, pointer);
  // Builds replaced more than a day ago: no run still needs them.
  for (const old of readdirSync(cache)) {
    if (!old.startsWith(`${name}-`) || old === dir) continue;
    const at = path.join(cache, old);
    if (Date.now() - statSync(at).mtimeMs > 86_400_000) rmSync(at, { recursive: true, force: true });
  }
  return path.join(cache, dir);
}

let cache = path.join(root, "node_modules", ".cache", "claimtrail");
try {
  mkdirSync(cache, { recursive: true });
} catch {
  // A read-only install. A bundle that loads its packages from node_modules must sit inside it.
  if (packagesExternal) {
    console.error(`Cannot write ${cache}: this command is built there on its first run.`);
    process.exit(1);
  }
  cache = tmpdir();
}
const pointer = path.join(cache, `${name}.json`);
const dir = freshBuild(pointer) ?? (await bundle(pointer));
// The command reads its arguments as if it had been run itself.
process.argv = [process.argv[0], path.resolve(root, entries[0]), ...args];
await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
