import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { DuplicateOf } from "./duplicates";
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from "./extract";

/**
 * The bulk import's plan and bookkeeping, shared by `npm run import` and its tests: which files
 * a list of files and folders names, and the run over them, one file at a time. Each file is
 * staged in its own transaction, so stopping between two files (Ctrl-C) leaves every file either
 * fully imported or untouched, and running again skips what is in as duplicates.
 */
export type BulkOutcome =
  | { status: "staged"; importId: string; headline: string | null }
  | { status: "duplicate"; of: DuplicateOf }
  | { status: "failed"; reason: string };

export type BulkEntry = { file: string; outcome: BulkOutcome };

export type BulkSummary = {
  entries: BulkEntry[];
  /** Files never started because the run was stopped. */
  skipped: string[];
  interrupted: boolean;
};

const importable = (file: string) => IMPORT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));

/** Files named, and the importable files inside folders named (recursively, in name order). */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && importable(entry.name)) files.push(full);
    }
  };
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) missing.push(given);
    else if (info.isDirectory()) await walk(given);
    else files.push(given);
  }
  return { files: [...new Set(files)], missing };
}

/** A file's bytes, refusing a file over the limit before reading it. */
export async function readImportFile(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const info = await stat(file);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new Error(
      `“${path.basename(file)}” is too large (${(info.size / 1024 / 1024).toFixed(1)} MB); the limit is 2 MB.`,
    );
  }
  return new Uint8Array(await readFile(file));
}

export async function runBulkImport(
  files: string[],
  importOne: (file: string) => Promise<BulkOutcome>,
  options: { signal?: AbortSignal; onProgress?: (done: number, entry: BulkEntry) => void } = {},
): Promise<BulkSummary> {
  const entries: BulkEntry[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) return { entries, skipped: files.slice(index), interrupted: true };
    let outcome: BulkOutcome;
    try {
      outcome = await importOne(file);
    } catch (error) {
      outcome = { status: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
    const entry = { file, outcome };
    entries.push(entry);
    options.onProgress?.(entries.length, entry);
  }
  return { entries, skipped: [], interrupted: false };
}

export function summarize(summary: BulkSummary): string[] {
  const count = (status: BulkOutcome["status"]) => summary.entries.filter((e) => e.outcome.status === status).length;
  const lines = [
    `Imported ${count("staged")} (waiting for an editor to confirm at /desk/import), duplicates ${count("duplicate")}, failed ${count("failed")}.`,
  ];
  for (const { file, outcome } of summary.entries) {
    if (outcome.status === "failed") lines.push(`  failed: ${file}: ${outcome.reason}`);
  }
  if (summary.interrupted) {
    lines.push(`Interrupted: ${summary.skipped.length} files not started. Run the same command again to continue.`);
  }
  return lines;
}

export function describeOutcome(outcome: BulkOutcome): string {
  if (outcome.status === "staged") return `imported, to confirm: ${outcome.headline ?? "(no headline found)"}`;
  if (outcome.status === "failed") return `FAILED: ${outcome.reason}`;
  return outcome.of.kind === "article"
    ? `duplicate of the article “${outcome.of.headline}”`
    : `duplicate of an import waiting to be confirmed (${outcome.of.headline ?? outcome.of.fileName ?? outcome.of.id})`;
}
