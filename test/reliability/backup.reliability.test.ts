/**
 * Reliability 9: `npm run db:export` writes a portable backup, `npm run db:import` restores it
 * into an empty database, and `npm run history:verify` passes on the result, also against the
 * transparency log (checkpoints) saved before the export. On the PostgreSQL server, then through
 * the embedded database (a fresh data folder, no DATABASE_URL).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TestDatabase } from "../database";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { transparencyLog } from "../../lib/history/queries";
import { writeCheckpoint } from "../../lib/history/mutations";
import { decideProposal, propose } from "../../lib/reviews/mutations";
import { updateClaim } from "../../lib/claims/mutations";
import { makeQuotedClaim, makeStaff, publishClaim } from "../factories";
import { report } from "./report";

// Child commands sign and verify with the same key as this process.
process.env.HISTORY_SIGNING_KEY ||= randomBytes(32).toString("base64url");

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/**
 * Runs an npm script as `npm run` would, with DATABASE_URL set or removed. Asynchronously: the
 * embedded database this process serves must keep answering while the child runs.
 */
function npmScript(
  script: string,
  args: string[],
  databaseUrl: string | null,
  extra: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URL: _dropped, ...rest } = process.env;
  const env = { ...rest, ...extra, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } as NodeJS.ProcessEnv;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", script, "--", ...args], { env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function manifestOf(dir: string) {
  return JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
    format: string;
    tables: { name: string; file: string; rows: number; sha256: string }[];
  };
}

describe("reliability: backup and restore", () => {
  it("export, import into an empty database, verify the history against checkpoints saved before", async () => {
    const since = Date.now();
    const work = await mkdtemp(path.join(os.tmpdir(), "claimtrail-backup-"));
    cleanup.push(() => rm(work, { recursive: true, force: true }));
    // A newsroom's worth of variety: quotes in two scripts, publications, a revision, a rejection.
    const editor = await makeStaff("EDITOR");
    const reviewer = await makeStaff("REVIEWER");
    for (let i = 0; i < 6; i++) {
      const claim = await makeQuotedClaim(editor, [
        `Officials counted ${i} convoys.`,
        `قال المسؤولون إن ${i} قوافل وصلت.`,
      ]);
      if (i % 2 === 0) await publishClaim(claim.id, editor, reviewer);
      if (i === 0) {
        await updateClaim(editor, claim.id, { statement: "Officials counted no convoys.", subjectId: claim.subjectId });
        const revision = await propose(editor, { claimId: claim.id, kind: "REVISION", rationale: "Corrected." });
        await decideProposal(reviewer, { reviewId: revision.id, decision: "APPROVED", publicSummary: "Corrected." });
      }
      if (i === 1) {
        const proposal = await propose(editor, { claimId: claim.id, kind: "PUBLISH", rationale: "Ready?" });
        await decideProposal(reviewer, { reviewId: proposal.id, decision: "REJECTED", comment: "Not yet." });
      }
    }
    await writeCheckpoint();
    const savedLog = path.join(work, "checkpoints.json");
    await writeFile(savedLog, JSON.stringify(await transparencyLog()));

    // 1. The server: export, import into an empty database, verify, export again: same hashes.
    const source = process.env.DATABASE_URL!;
    const first = path.join(work, "server-backup");
    const exported = await npmScript("db:export", [first], source);
    expect(exported.code, exported.output).toBe(0);
    const manifest = await manifestOf(first);
    expect(manifest.format).toBe("claimtrail-backup-v1");
    expect((await readdir(first)).sort()).toEqual(["manifest.json", ...manifest.tables.map((t) => t.file)].sort());
    const events = manifest.tables.find((t) => t.name === "ClaimEvent")!.rows;
    expect(events).toBeGreaterThan(20);

    const empty: TestDatabase = await createEmptyDatabase(process.env.TEST_BASE_DATABASE_URL || undefined);
    cleanup.push(empty.drop);
    const imported = await npmScript("db:import", [first], empty.url);
    expect(imported.code, imported.output).toBe(0);
    const verified = await npmScript("history:verify", ["--against", savedLog], empty.url);
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toContain("every history is intact");
    const again = path.join(work, "server-again");
    expect((await npmScript("db:export", [again], empty.url)).code).toBe(0);
    expect((await manifestOf(again)).tables).toEqual(manifest.tables);

    // Refusals: a tampered file, and a database that is not empty.
    const tampered = path.join(work, "server-backup", "Claim.jsonl");
    const original = await readFile(tampered, "utf8");
    await writeFile(tampered, original.replace("Officials", "Officers"));
    const other = await createEmptyDatabase(process.env.TEST_BASE_DATABASE_URL || undefined);
    cleanup.push(other.drop);
    const refusedTampered = await npmScript("db:import", [first], other.url);
    expect(refusedTampered.code).toBe(1);
    expect(refusedTampered.output).toContain("does not match the manifest");
    await writeFile(tampered, original);
    const refusedFull = await npmScript("db:import", [first], empty.url);
    expect(refusedFull.code).toBe(1);
    expect(refusedFull.output).toContain("not empty");

    // 2. The embedded database: import into a new data folder, export it again, verify on it.
    const dataDir = path.join(work, "embedded-data");
    const embeddedImport = await npmScript("db:import", [first], null, { CLAIMTRAIL_DATA_DIR: dataDir });
    expect(embeddedImport.code, embeddedImport.output).toBe(0);
    const fromEmbedded = path.join(work, "embedded-backup");
    const embeddedExport = await npmScript("db:export", [fromEmbedded], null, { CLAIMTRAIL_DATA_DIR: dataDir });
    expect(embeddedExport.code, embeddedExport.output).toBe(0);
    expect((await manifestOf(fromEmbedded)).tables).toEqual(manifest.tables);
    const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    try {
      const onEmbedded = await npmScript("history:verify", ["--against", savedLog], embedded.url);
      expect(onEmbedded.code, onEmbedded.output).toBe(0);
    } finally {
      await embedded.stop();
    }
    report(
      "backup and restore",
      `${manifest.tables.length} tables, ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows (${events} events) ` +
        `exported, imported into an empty server database and an empty embedded one, identical hashes on re-export, ` +
        `history:verify --against the earlier checkpoints passes on both; tampered file and non-empty target refused`,
      since,
    );
  }, 600_000);
});
