import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuotedClaim, makeStaff, proposeStatus, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { decideProposal } from "../reviews/mutations";
import { transparencyLog } from "./queries";
import { writeCheckpoint } from "./mutations";
import { contentHash, eventHashV2, leafBytes, sortLeaves } from "./format";
import { merkleRoot, toHex } from "./merkle";
import { verifyAllHistory } from "./verify";
import { startWorkers } from "./verify-workers";

const url = () => process.env.DATABASE_URL!;

async function sql(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

/** Runs statements with the append-only guard switched off, as only a superuser can. */
const behindTheTriggers = (statements: string) =>
  sql(`
    ALTER TABLE "ClaimEvent" DISABLE TRIGGER "ClaimEvent_no_update_or_delete";
    ${statements}
    ALTER TABLE "ClaimEvent" ENABLE ALWAYS TRIGGER "ClaimEvent_no_update_or_delete";`);

const breaksOf = async (claimId: string, options?: Parameters<typeof verifyAllHistory>[0]) =>
  (await verifyAllHistory(options)).breaks.filter((b) => b.claimId === claimId);

let editor: Actor;
let reviewer: Actor;
let claimId: string;

/** A published, corroborated claim: quoted by two outlets, approved by a reviewer. */
async function approvedClaim(tag: string) {
  const claim = await makeQuotedClaim(editor, [`${tag}: first outlet.`, `${tag}: second outlet.`]);
  await publishClaim(claim.id, editor, reviewer);
  const review = await proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "Two outlets." });
  await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Two outlets agree." });
  return claim.id;
}

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  claimId = (await makeQuotedClaim(editor, ["The first sentence to quote."])).id;
});

describe("the claim history table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, even with replication-role tricks", async () => {
    await expect(sql(`UPDATE "ClaimEvent" SET "kind" = 'EDITED' WHERE "claimId" = $1`, [claimId])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`DELETE FROM "ClaimEvent" WHERE "claimId" = $1`, [claimId])).rejects.toThrow(/append-only/);
    await expect(sql(`TRUNCATE "ClaimEvent" CASCADE`)).rejects.toThrow(/append-only/);
    await expect(
      sql(`SET session_replication_role = replica; DELETE FROM "ClaimEvent" WHERE "claimId" = '${claimId}'`),
    ).rejects.toThrow(/append-only/);
    const { rows } = await sql(`SELECT count(*)::int AS n FROM "ClaimEvent" WHERE "claimId" = $1`, [claimId]);
    expect(rows[0].n).toBe(2);
  });

  it("verifies intact when nobody has tampered with it, every event tagged and its row replayed", async () => {
    await approvedClaim("Intact");
    const report = await verifyAllHistory();
    expect(report.breaks).toEqual([]);
    expect(report.eventsChecked).toBeGreaterThanOrEqual(2);
  });
});

describe("what history:verify finds (the five attacks of the security review)", () => {
  it("an INSERT of a forged STATUS_APPROVED event with a correctly recomputed hash", async () => {
    const victim = (await makeQuotedClaim(editor, ["Forgery target sentence."])).id;
    const { rows } = await sql(`SELECT seq, hash FROM "ClaimEvent" WHERE "claimId" = $1 ORDER BY seq DESC LIMIT 1`, [
      victim,
    ]);
    const seq = rows[0].seq + 1;
    const payload = {
      reviewId: "forged",
      from: "UNVERIFIED",
      to: "CORROBORATED",
      rationale: "forged",
      proposerId: editor.id,
      comment: null,
      summary: "Approved.",
    };
    const createdAt = new Date();
    const content = contentHash(victim, seq, payload);
    const header = {
      claimId: victim,
      seq,
      kind: "STATUS_APPROVED",
      actorId: reviewer.id,
      createdAt,
      prevHash: rows[0].hash,
    };
    await sql(`INSERT INTO "ClaimEventContent" (hash, "claimId", seq, payload) VALUES ($1,$2,$3,$4)`, [
      content,
      victim,
      seq,
      JSON.stringify(payload),
    ]);
    await sql(
      `INSERT INTO "ClaimEvent" (id,"claimId",seq,kind,"actorId","format","contentHash","prevHash",hash,tag,"keyId","createdAt")
       VALUES ($1,$2,$3,'STATUS_APPROVED',$4,2,$5,$6,$7,$8,$9,$10)`,
      [
        randomUUID(),
        victim,
        seq,
        reviewer.id,
        content,
        rows[0].hash,
        eventHashV2({ ...header, contentHash: content }),
        "00".repeat(32),
        "guessed",
        createdAt,
      ],
    );
    await sql(`UPDATE "Claim" SET status = 'CORROBORATED' WHERE id = $1`, [victim]);
    const problems = (await breaksOf(victim)).map((b) => `#${b.seq}: ${b.problem}`);
    expect(problems).toContainEqual(
      expect.stringMatching(/^#\d+: STATUS_APPROVED event is tagged with an unknown key/),
    );
  });

  it("deleting the last event of a chain with the triggers disabled", async () => {
    const victim = await approvedClaim("Tail");
    const saved = await (async () => {
      await writeCheckpoint();
      return JSON.parse(JSON.stringify(await transparencyLog()));
    })();
    await behindTheTriggers(
      `DELETE FROM "ClaimEvent" WHERE "claimId" = '${victim}' AND seq = (SELECT max(seq) FROM "ClaimEvent" WHERE "claimId" = '${victim}');`,
    );
    const breaks = await breaksOf(victim, { against: saved });
    const problems = breaks.map((b) => b.problem).join("\n");
    expect(problems).toMatch(/the claim row says status CORROBORATED but its history gives UNVERIFIED/);
    expect(problems).toMatch(/its history is shorter than in checkpoint #\d+ \(\d+ events then, \d+ now\)/);
  });

  it("rewriting an event and recomputing every later hash", async () => {
    const victim = (await makeQuotedClaim(editor, ["Rewrite target, outlet one.", "Rewrite target, outlet two."])).id;
    const { rows } = await sql(
      `SELECT e.*, c.payload AS content FROM "ClaimEvent" e JOIN "ClaimEventContent" c ON c.hash = e."contentHash"
       WHERE e."claimId" = $1 ORDER BY seq`,
      [victim],
    );
    let prevHash: string | null = rows[0].prevHash;
    const statements: string[] = [];
    for (const row of rows) {
      const payload = row.seq === 2 ? { ...row.content, exact: "words nobody wrote" } : row.content;
      const content = contentHash(victim, row.seq, payload);
      const hash = eventHashV2({ ...row, contentHash: content, prevHash, createdAt: new Date(row.createdAt) });
      if (row.seq >= 2) {
        statements.push(
          `INSERT INTO "ClaimEventContent" (hash, "claimId", seq, payload) VALUES ('${content}', '${victim}', ${row.seq}, '${JSON.stringify(payload).replace(/'/g, "''")}') ON CONFLICT DO NOTHING;`,
          `UPDATE "ClaimEvent" SET "contentHash" = '${content}', "prevHash" = ${prevHash ? `'${prevHash}'` : "NULL"}, hash = '${hash}' WHERE id = '${row.id}';`,
        );
      }
      prevHash = hash;
    }
    await behindTheTriggers(statements.join("\n"));
    const breaks = await breaksOf(victim);
    expect(breaks.map((b) => b.seq)).toEqual([2, 3]);
    expect(breaks.every((b) => /tag does not match: it was forged or rewritten/.test(b.problem))).toBe(true);
  });

  it("changing a claim's status with no event at all", async () => {
    const victim = (await makeQuotedClaim(editor, ["Status target sentence."])).id;
    await sql(`UPDATE "Claim" SET status = 'CONFLICTING' WHERE id = $1`, [victim]);
    expect((await breaksOf(victim)).map((b) => b.problem)).toEqual([
      "the claim row says status CONFLICTING but its history gives UNVERIFIED",
    ]);
  });

  it("deleting a whole claim with session_replication_role = replica", async () => {
    const victim = await approvedClaim("Vanishing");
    await writeCheckpoint();
    const saved = JSON.parse(JSON.stringify(await transparencyLog()));
    await sql(`
      SET session_replication_role = replica;
      DELETE FROM "Quote" WHERE "claimId" = '${victim}';
      DELETE FROM "Review" WHERE "claimId" = '${victim}';
      DELETE FROM "Claim" WHERE id = '${victim}';`);
    const report = await verifyAllHistory({ against: saved });
    expect(report.breaks).toContainEqual({
      claimId: victim,
      seq: 0,
      problem: expect.stringMatching(/^the claim was deleted; \d+ events of its history remain$/),
    });
    expect(report.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/its history, in checkpoint #\d+, is missing now/),
    );
  });
});

describe("checkpoints", () => {
  it("are signed, chained, and checkable from a saved copy", async () => {
    const first = await writeCheckpoint();
    const second = await writeCheckpoint();
    expect(second.prev).toBe(first.hash);
    const log = await transparencyLog();
    expect(log.checkpoints[0]).toMatchObject({ seq: second.seq, root: second.root });
    expect(log.latestLeaves?.leaves).toHaveLength(second.treeSize);
    expect(log.keys[0]).toMatchObject({ algorithm: "Ed25519", current: true });
    const tampered = JSON.parse(JSON.stringify(log));
    tampered.checkpoints[0].root = "00".repeat(32);
    const report = await verifyAllHistory({ against: tampered });
    expect(report.breaks.map((b) => b.problem)).toContainEqual(
      expect.stringMatching(/saved checkpoint #\d+ does not carry a valid signature/),
    );
  });
  it("hold one leaf per claim's head, as leafBytes builds them, in sortLeaves' order", async () => {
    const checkpoint = await writeCheckpoint();
    const heads = await sql(
      `SELECT DISTINCT ON ("claimId") "claimId", seq, hash FROM "ClaimEvent" ORDER BY "claimId", seq DESC`,
    );
    const expected = sortLeaves(heads.rows.map((h) => leafBytes(h.claimId, h.seq, h.hash)));
    const stored = await sql(`SELECT leaves FROM "CheckpointLeaves" WHERE "checkpointSeq" = $1`, [checkpoint.seq]);
    expect(heads.rows.length).toBeGreaterThan(1);
    expect(checkpoint.treeSize).toBe(heads.rows.length);
    expect(toHex(stored.rows[0].leaves)).toBe(toHex(Buffer.concat(expected)));
    expect(checkpoint.root).toBe(toHex(merkleRoot(expected)));
  });
});

describe("batches and worker threads", () => {
  // Last in this file: by now the database holds every attack above (a forged event, a cut tail,
  // a rewritten chain, a status with no event, the history of a deleted claim).
  it("find exactly the breaks of one walk in this thread, whatever the batches' boundaries", async () => {
    const saved = JSON.parse(JSON.stringify(await transparencyLog()));
    const order = (r: Awaited<ReturnType<typeof verifyAllHistory>>) =>
      r.breaks.map((b) => `${b.claimId} #${b.seq}: ${b.problem}`).sort();
    const whole = await verifyAllHistory({ against: saved });
    expect(whole.breaks.length).toBeGreaterThanOrEqual(6);
    expect(whole.breaks.map((b) => b.problem)).toContainEqual(expect.stringMatching(/^the claim was deleted/));
    for (const options of [
      { batchClaims: 1 },
      { batchClaims: 2, runner: startWorkers(2, url()) },
      { batchClaims: 1000, runner: startWorkers(1, url()) },
    ]) {
      const report = await verifyAllHistory({ against: saved, ...options });
      expect(order(report)).toEqual(order(whole));
      expect([report.claimsChecked, report.eventsChecked]).toEqual([whole.claimsChecked, whole.eventsChecked]);
    }
  });
});
