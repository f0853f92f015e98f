import "server-only";
import { fieldsOf } from "../claims/fields";
import { db } from "../db/client";
import { canonicalJson } from "./canonical-json";
import { verifyChain, type ChainBreak } from "./chain";
import type { Checkpoint, TransparencyLog } from "./checkpoints";
import { checkpointBytes, claimIdHash, contentHash, tagMatches, type CheckpointBody } from "./format";
import { checkpointSignatureValid } from "./keys";
import { fromHex, merkleRoot, toHex } from "./merkle";
import { replayClaim } from "./replay";
import { historyKeys, publishedKeys } from "./signing-key";

export type VerificationReport = {
  claimsChecked: number;
  eventsChecked: number;
  breaks: ChainBreak[];
  /** Not breaks, but worth knowing: events from before tags existed. */
  notes: string[];
  checkpoints: number;
  checkedAt: Date;
};

const BATCH = 200;
const claimSelect = {
  id: true,
  status: true,
  visibility: true,
  version: true,
  statement: true,
  subjectId: true,
  speakerId: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  quantity: { omit: { id: true, claimId: true } },
} as const;

/**
 * Walks every claim's history and reports each break, naming the claim and what is wrong:
 * a broken or reordered chain, an event not tagged with our key (forged by someone with only
 * database access), content altered or missing without a redaction, a claim row that its own
 * history does not produce, history left behind by a deleted claim, and, given a transparency log
 * saved earlier (`against`), every chain now shorter, different or missing. Used by
 * `npm run history:verify` and /admin/history.
 */
export async function verifyAllHistory(options: { against?: TransparencyLog } = {}): Promise<VerificationReport> {
  const report: VerificationReport = {
    claimsChecked: 0,
    eventsChecked: 0,
    breaks: [],
    notes: [],
    checkpoints: 0,
    checkedAt: new Date(),
  };
  const keys = new Map(historyKeys().all.map((k) => [k.id, k]));
  const heads = new Map<string, { claimId: string; seq: number; hashes: Map<number, string> }>();
  let legacy = 0;
  let cursor: string | undefined;
  for (;;) {
    const claims = await db().claim.findMany({
      select: claimSelect,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (claims.length === 0) break;
    const ids = claims.map((c) => c.id);
    const [events, contents] = await Promise.all([
      db().claimEvent.findMany({ where: { claimId: { in: ids } }, orderBy: [{ claimId: "asc" }, { seq: "asc" }] }),
      db().claimEventContent.findMany({ where: { claimId: { in: ids } } }),
    ]);
    const content = new Map(contents.map((c) => [c.hash, c]));
    const byClaim = new Map<string, typeof events>();
    for (const event of events) byClaim.set(event.claimId, [...(byClaim.get(event.claimId) ?? []), event]);
    for (const claim of claims) {
      const chain = byClaim.get(claim.id) ?? [];
      const at = (seq: number, problem: string) => report.breaks.push({ claimId: claim.id, seq, problem });
      if (chain.length === 0) at(0, "claim has no history at all");
      report.breaks.push(...verifyChain(chain));
      const redacted = new Set<number>();
      const payloads = chain.map((e) => {
        if (e.format !== 2) {
          legacy += 1;
          return e.payload;
        }
        const stored = e.contentHash ? content.get(e.contentHash) : undefined;
        if (stored && contentHash(claim.id, e.seq, stored.payload) !== e.contentHash) {
          at(e.seq, "its stored content does not match its content hash (the content was altered)");
        }
        return stored?.payload ?? null;
      });
      chain.forEach((e, i) => {
        const p = payloads[i] as { removedSeqs?: number[] } | null;
        if (e.kind === "REDACTED" && p?.removedSeqs) for (const seq of p.removedSeqs) redacted.add(seq);
      });
      chain.forEach((e, i) => {
        if (e.format !== 2) return;
        const key = e.keyId ? keys.get(e.keyId) : undefined;
        if (!e.tag) at(e.seq, `${e.kind} event carries no tag: it was not written by the app (forged?)`);
        else if (!key) at(e.seq, `${e.kind} event is tagged with an unknown key ${e.keyId ?? "(none)"}`);
        else if (!tagMatches(key.tagKey, e.hash, e.tag)) {
          at(e.seq, `${e.kind} event's tag does not match: it was forged or rewritten outside the app`);
        }
        if (payloads[i] === null && !redacted.has(e.seq)) {
          at(e.seq, `${e.kind} event's content is missing and no redaction removed it`);
        }
      });
      if (chain.length > 0 && chain.every((e) => e.format === 2)) {
        const replayed = replayClaim(chain.map((e, i) => ({ seq: e.seq, kind: e.kind, payload: payloads[i] })));
        const last = chain.at(-1)!.seq;
        const mismatch = (what: string, row: unknown, history: unknown) =>
          at(last, `the claim row says ${what} ${String(row)} but its history gives ${String(history)}`);
        if (replayed.status !== claim.status) mismatch("status", claim.status, replayed.status);
        if (replayed.visibility !== claim.visibility) mismatch("visibility", claim.visibility, replayed.visibility);
        if (replayed.version !== null && replayed.version !== claim.version) {
          mismatch("version", claim.version, replayed.version);
        }
        if (replayed.fields !== null && replayed.fields !== canonicalJson(fieldsOf(claim))) {
          at(last, "the claim row's public fields differ from the last version its history records");
        }
      }
      heads.set(toHex(claimIdHash(claim.id)), {
        claimId: claim.id,
        seq: chain.at(-1)?.seq ?? 0,
        hashes: new Map(chain.map((e) => [e.seq, e.hash])),
      });
      report.eventsChecked += chain.length;
    }
    report.claimsChecked += claims.length;
    cursor = claims[claims.length - 1].id;
  }

  // History whose claim row is gone (only possible by bypassing the foreign key).
  const orphans = await db().$queryRaw<{ claimId: string; n: number }[]>`
    SELECT e."claimId", count(*)::int AS n FROM "ClaimEvent" e LEFT JOIN "Claim" c ON c.id = e."claimId"
    WHERE c.id IS NULL GROUP BY e."claimId"`;
  for (const o of orphans) {
    report.breaks.push({
      claimId: o.claimId,
      seq: 0,
      problem: `the claim was deleted; ${o.n} events of its history remain`,
    });
  }
  if (legacy > 0) {
    report.notes.push(`${legacy} events predate tagged history (format 1): their chain is checked, not their origin.`);
  }
  report.checkpoints = await verifyStoredCheckpoints(report);
  if (options.against) verifyAgainst(options.against, heads, report);
  return report;
}

/** The checkpoints in the database: each signed by a known key and chained to the one before. */
async function verifyStoredCheckpoints(report: VerificationReport): Promise<number> {
  const rows = await db().historyCheckpoint.findMany({ orderBy: { seq: "asc" } });
  const published = new Map(publishedKeys().map((k) => [k.keyId, k.publicKey]));
  let prev: string | null = null;
  for (const row of rows) {
    const body: CheckpointBody = {
      v: 1,
      seq: row.seq,
      createdAt: row.createdAt.toISOString(),
      treeSize: row.treeSize,
      root: row.root,
      prev: row.prevHash,
    };
    const key = published.get(row.keyId);
    if (!key || !checkpointSignatureValid(key, checkpointBytes(body), row.signature)) {
      report.breaks.push({
        claimId: "(checkpoints)",
        seq: row.seq,
        problem: `checkpoint #${row.seq}'s signature does not verify`,
      });
    }
    if (row.prevHash !== prev) {
      report.breaks.push({
        claimId: "(checkpoints)",
        seq: row.seq,
        problem: `checkpoint #${row.seq} does not follow the one before it`,
      });
    }
    prev = row.hash;
  }
  return rows.length;
}

/** Compares today's chains with a transparency log someone saved earlier. */
function verifyAgainst(
  saved: TransparencyLog,
  heads: Map<string, { claimId: string; seq: number; hashes: Map<number, string> }>,
  report: VerificationReport,
) {
  const problem = (claimId: string, seq: number, text: string) => report.breaks.push({ claimId, seq, problem: text });
  const keys = new Map(saved.keys.map((k) => [k.keyId, k.publicKey]));
  for (const cp of saved.checkpoints) {
    const { hash: _hash, keyId, signature, ...body } = cp as Checkpoint;
    const key = keys.get(keyId);
    if (!key || !checkpointSignatureValid(key, checkpointBytes(body), signature)) {
      problem("(saved checkpoints)", cp.seq, `saved checkpoint #${cp.seq} does not carry a valid signature`);
    }
  }
  const latest = saved.latestLeaves;
  if (!latest) return;
  const cp = saved.checkpoints.find((c) => c.seq === latest.seq);
  const leafData = latest.leaves.map((l) => {
    const bytes = new Uint8Array(68);
    bytes.set(fromHex(l.claim), 0);
    new DataView(bytes.buffer).setUint32(32, l.seq, false);
    bytes.set(fromHex(l.head), 36);
    return bytes;
  });
  if (!cp || toHex(merkleRoot(leafData)) !== cp.root) {
    problem("(saved checkpoints)", latest.seq, `the saved leaves do not produce checkpoint #${latest.seq}'s root`);
    return;
  }
  for (const leaf of latest.leaves) {
    const now = heads.get(leaf.claim);
    if (!now) {
      problem(
        `claim ${leaf.claim.slice(0, 16)}… (hash)`,
        leaf.seq,
        `its history, in checkpoint #${cp.seq}, is missing now`,
      );
    } else if (now.seq < leaf.seq) {
      problem(
        now.claimId,
        now.seq,
        `its history is shorter than in checkpoint #${cp.seq} (${leaf.seq} events then, ${now.seq} now)`,
      );
    } else if (now.hashes.get(leaf.seq) !== leaf.head) {
      problem(now.claimId, leaf.seq, `its history differs from checkpoint #${cp.seq} at event #${leaf.seq}`);
    }
  }
}
