import { fieldsOf } from "../claims/fields";
import { canonicalJson } from "./canonical-json";
import { verifyChain, type ChainBreak, type ChainedEvent } from "./chain";
import { claimIdHash, contentHash, tagChecker } from "./format";
import { toHex } from "./merkle";
import { replayClaim } from "./replay";

/**
 * The checks of one batch of claims, given their rows and their events with the stored content:
 * pure and CPU-bound (hashes, tags, replay), so `verifyAllHistory` can run batches on worker
 * threads while it reads the next ones from the database. The database walk is in verify.ts.
 */
export type BatchClaim = Parameters<typeof fieldsOf>[0] & {
  id: string;
  status: string;
  visibility: string;
  version: number;
};
export type BatchEvent = ChainedEvent & {
  tag: string | null;
  keyId: string | null;
  /** Whether the content row under the event's content hash (of the same claim) exists. */
  stored: boolean;
  /** Its payload, when stored. */
  content: unknown;
};
export type BatchInput = {
  claims: BatchClaim[];
  /** Every event whose claim id is in the batch's range, in any order. */
  events: BatchEvent[];
  /** Tag keys by key id. */
  tagKeys: [string, Uint8Array][];
  /** For a comparison with a saved log: claim-id hash → the seq whose hash to report. */
  wanted?: Map<string, number>;
};
export type Head = { claimHash: string; claimId: string; seq: number; wantedHash: string | null };
export type BatchResult = {
  breaks: ChainBreak[];
  claimsChecked: number;
  /** Each claim's chain head, only for a comparison with a saved log (`wanted`). */
  heads: Head[];
  eventsChecked: number;
  legacy: number;
  /** Events whose claim row was not read: deleted, or created after the batch read its claims. */
  orphans: { claimId: string; events: number }[];
};

const bySeq = (a: BatchEvent, b: BatchEvent) => a.seq - b.seq;

export function checkBatch({ claims, events, tagKeys, wanted }: BatchInput): BatchResult {
  const tagValid = new Map(tagKeys.map(([id, key]) => [id, tagChecker(key)]));
  const result: BatchResult = { breaks: [], claimsChecked: 0, heads: [], eventsChecked: 0, legacy: 0, orphans: [] };
  const byClaim = new Map<string, BatchEvent[]>();
  for (const event of events) {
    const list = byClaim.get(event.claimId);
    if (list) list.push(event);
    else byClaim.set(event.claimId, [event]);
  }
  for (const claim of claims) {
    const chain = byClaim.get(claim.id)?.sort(bySeq) ?? [];
    byClaim.delete(claim.id);
    const at = (seq: number, problem: string) => result.breaks.push({ claimId: claim.id, seq, problem });
    if (chain.length === 0) at(0, "claim has no history at all");
    for (const b of verifyChain(chain)) result.breaks.push(b);
    // The content first, and every seq a redaction removed, which the tags' pass below needs whole.
    const payloads: unknown[] = new Array(chain.length);
    const redacted = new Set<number>();
    let tagged = true;
    for (let i = 0; i < chain.length; i++) {
      const e = chain[i];
      if (e.format !== 2) {
        result.legacy += 1;
        tagged = false;
        payloads[i] = e.payload;
      } else {
        if (e.stored && contentHash(claim.id, e.seq, e.content) !== e.contentHash) {
          at(e.seq, "its stored content does not match its content hash (the content was altered)");
        }
        payloads[i] = e.stored ? (e.content ?? null) : null;
      }
      const removed = e.kind === "REDACTED" ? (payloads[i] as { removedSeqs?: number[] } | null)?.removedSeqs : null;
      if (removed) for (const seq of removed) redacted.add(seq);
    }
    for (let i = 0; i < chain.length; i++) {
      const e = chain[i];
      if (e.format !== 2) continue;
      const valid = e.keyId ? tagValid.get(e.keyId) : undefined;
      if (!e.tag) at(e.seq, `${e.kind} event carries no tag: it was not written by the app (forged?)`);
      else if (!valid) at(e.seq, `${e.kind} event is tagged with an unknown key ${e.keyId ?? "(none)"}`);
      else if (!valid(e.hash, e.tag)) {
        at(e.seq, `${e.kind} event's tag does not match: it was forged or rewritten outside the app`);
      }
      if (payloads[i] === null && !redacted.has(e.seq)) {
        at(e.seq, `${e.kind} event's content is missing and no redaction removed it`);
      }
    }
    if (chain.length > 0 && tagged) {
      const replayed = replayClaim(chain.map((e, i) => ({ seq: e.seq, kind: e.kind, payload: payloads[i] })));
      const last = chain[chain.length - 1].seq;
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
    if (wanted) {
      const claimHash = toHex(claimIdHash(claim.id));
      const want = wanted.get(claimHash);
      result.heads.push({
        claimHash,
        claimId: claim.id,
        seq: chain.at(-1)?.seq ?? 0,
        wantedHash: want === undefined ? null : (chain.find((e) => e.seq === want)?.hash ?? null),
      });
    }
    result.claimsChecked += 1;
    result.eventsChecked += chain.length;
  }
  for (const [claimId, rest] of byClaim) result.orphans.push({ claimId, events: rest.length });
  return result;
}
