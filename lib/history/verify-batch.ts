import { fieldsOf } from "../claims/fields";
import { canonicalJson } from "./canonical-json";
import { verifyChain, type ChainBreak, type ChainedEvent } from "./chain";
import { claimIdHash, contentHash, tagMatches } from "./format";
import { toHex } from "./merkle";
import { replayClaim } from "./replay";

/**
 * The checks of one batch of claims, given their rows, events and stored content: pure and
 * CPU-bound (hashes, tags, replay), so `verifyAllHistory` can run batches on worker threads while
 * it reads the next ones from the database. The database walk is in verify.ts.
 */
export type BatchClaim = Parameters<typeof fieldsOf>[0] & {
  id: string;
  status: string;
  visibility: string;
  version: number;
};
export type BatchEvent = ChainedEvent & { tag: string | null; keyId: string | null };
export type BatchInput = {
  claims: BatchClaim[];
  events: BatchEvent[];
  contents: { hash: string; payload: unknown }[];
  /** Tag keys by key id. */
  tagKeys: [string, Uint8Array][];
  /** For a comparison with a saved log: claim-id hash → the seq whose hash to report. */
  wanted?: Map<string, number>;
};
export type Head = { claimHash: string; claimId: string; seq: number; wantedHash: string | null };
export type BatchResult = { breaks: ChainBreak[]; heads: Head[]; eventsChecked: number; legacy: number };

export function checkBatch({ claims, events, contents, tagKeys, wanted }: BatchInput): BatchResult {
  const keys = new Map(tagKeys);
  const result: BatchResult = { breaks: [], heads: [], eventsChecked: 0, legacy: 0 };
  const content = new Map(contents.map((c) => [c.hash, c]));
  const byClaim = new Map<string, BatchEvent[]>();
  for (const event of events) {
    const list = byClaim.get(event.claimId);
    if (list) list.push(event);
    else byClaim.set(event.claimId, [event]);
  }
  for (const claim of claims) {
    const chain = (byClaim.get(claim.id) ?? []).sort((a, b) => a.seq - b.seq);
    const at = (seq: number, problem: string) => result.breaks.push({ claimId: claim.id, seq, problem });
    if (chain.length === 0) at(0, "claim has no history at all");
    result.breaks.push(...verifyChain(chain));
    const redacted = new Set<number>();
    const payloads = chain.map((e) => {
      if (e.format !== 2) {
        result.legacy += 1;
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
      else if (!tagMatches(key, e.hash, e.tag)) {
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
    const claimHash = toHex(claimIdHash(claim.id));
    const want = wanted?.get(claimHash);
    result.heads.push({
      claimHash,
      claimId: claim.id,
      seq: chain.at(-1)?.seq ?? 0,
      wantedHash: want === undefined ? null : (chain.find((e) => e.seq === want)?.hash ?? null),
    });
    result.eventsChecked += chain.length;
  }
  return result;
}
