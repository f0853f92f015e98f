import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "../../../test/factories";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { collectFiles, readImportFile, runBulkImport, summarize, type BulkOutcome } from "./bulk";
import { decodeImportBytes } from "./extract";
import { stageImport } from "./mutations";

let editor: Actor;
let folder: string;
let files: string[];

/** What scripts/import.ts does for each file on a database it opens itself. */
const importOne = async (file: string): Promise<BulkOutcome> => {
  const name = path.basename(file);
  const result = await stageImport(editor, {
    fileName: name,
    text: decodeImportBytes(await readImportFile(file), name),
  });
  return result.status === "staged"
    ? { status: "staged", importId: result.importId, headline: result.headline }
    : { status: "duplicate", of: result.of };
};

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  folder = await mkdtemp(path.join(os.tmpdir(), "claimtrail-bulk-"));
  const run = path.basename(folder);
  for (let i = 1; i <= 5; i++) {
    await writeFile(
      path.join(folder, `article-${i}.txt`),
      `Bulk headline number ${i} of ${run}\n\nThe first paragraph of bulk article ${i} in ${run}.\n\nA second paragraph.`,
    );
  }
  await writeFile(path.join(folder, "notes.pdf"), "not imported: not a text format");
  await writeFile(path.join(folder, "empty.md"), "   \n");
  ({ files } = await collectFiles([folder]));
});

describe("a bulk import", () => {
  it("collects the importable files of a folder in name order", () => {
    expect(files.map((f) => path.basename(f))).toEqual([
      "article-1.txt",
      "article-2.txt",
      "article-3.txt",
      "article-4.txt",
      "article-5.txt",
      "empty.md",
    ]);
  });

  it("stopped after two files keeps those two whole, and run again imports the rest, skipping the two", async () => {
    const before = await db().articleImport.count();
    const controller = new AbortController();
    const first = await runBulkImport(files, importOne, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort(); // Ctrl-C during the second file
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.entries.map((e) => e.outcome.status)).toEqual(["staged", "staged"]);
    expect(first.skipped).toHaveLength(4);
    expect(await db().articleImport.count()).toBe(before + 2);
    expect(summarize(first).at(-1)).toBe("Interrupted: 4 files not started. Run the same command again to continue.");

    const second = await runBulkImport(files, importOne);
    expect(second.interrupted).toBe(false);
    expect(second.entries.map((e) => [path.basename(e.file), e.outcome.status])).toEqual([
      ["article-1.txt", "duplicate"],
      ["article-2.txt", "duplicate"],
      ["article-3.txt", "staged"],
      ["article-4.txt", "staged"],
      ["article-5.txt", "staged"],
      ["empty.md", "failed"],
    ]);
    expect(await db().articleImport.count()).toBe(before + 5);
    expect(summarize(second)).toEqual([
      "Imported 3 (waiting for an editor to confirm at /desk/import), duplicates 2, failed 1.",
      `  failed: ${path.join(folder, "empty.md")}: “empty.md” is empty.`,
    ]);
  });
});

describe("npm run import", () => {
  it("prints plain lines when not on a terminal, a summary, and exits 1 when a file failed", async () => {
    const run = promisify(execFile);
    const bad = path.join(folder, "binary.txt");
    const { email } = await db().user.findUniqueOrThrow({ where: { id: editor.id }, select: { email: true } });
    await writeFile(bad, Buffer.from([0x49, 0x00, 0x01, 0x02]));
    const result = await run(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "scripts/import.ts",
        "--as",
        email,
        path.join(folder, "article-1.txt"),
        bad,
      ],
      // This file's own database (test/setup-database.ts), never a terminal.
      { env: { ...process.env, NODE_ENV: "test" } },
    ).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Importing as ${editor.name} (editor).`);
    expect(result.stdout).toContain("[1/2] ");
    expect(result.stdout).toContain(
      "article-1.txt: duplicate of an import waiting to be confirmed (Bulk headline number 1",
    );
    expect(result.stdout).toContain("binary.txt: FAILED: “binary.txt” looks like a binary file, not text.");
    expect(result.stdout).toContain(
      "Imported 0 (waiting for an editor to confirm at /desk/import), duplicates 1, failed 1.",
    );
  });
});
