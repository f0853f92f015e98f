import { canonicalJson } from "./canonical-json";
import { leafHash, verifyInclusion } from "./merkle";
import { fromHex, sha256, sha256hex, toHex, utf8 } from "./sha256";

/**
 * The reader's verifier: checks a claim's public history (`/claims/<id>/history.json`) on its own,
 * in a browser or in Node, following docs/history-format.md. No dependencies beyond this repo's
 * pure modules and the platform's Web Crypto (for Ed25519). It checks that:
 * - the events form one unbroken chain, from the first to the head;
 * - every event shown recomputes to its hash, and every payload shown to its content hash;
 * - the checkpoint is signed by a published key;
 * - the claim's head at that checkpoint is in the checkpoint's Merkle tree, and is in this chain.
 * Staff-only events appear as hashes only: they still link the chain, their content stays private.
 */
export type ShownEvent = {
  seq: number;
  prevHash: string | null;
  hash: string;
  shown: true;
  format: number;
  kind: string;
  actorId: string | null;
  createdAt: string;
  contentHash: string | null;
  /** Null when private (a staff rationale inside) or removed by a redaction. */
  payload: unknown;
};
export type HiddenEvent = { seq: number; prevHash: string | null; hash: string; shown: false };

export type PublicHistoryDocument = {
  format: "claimtrail-public-history-v1";
  claimId: string;
  events: (ShownEvent | HiddenEvent)[];
  checkpoint: {
    v: 1;
    seq: number;
    createdAt: string;
    treeSize: number;
    root: string;
    prev: string | null;
    hash: string;
    keyId: string;
    signature: string;
  } | null;
  inclusion: { leafIndex: number; treeSize: number; auditPath: string[]; seq: number; head: string } | null;
  keys: { keyId: string; algorithm: string; publicKey: string }[];
};

export type VerifyResult = { ok: boolean; lines: string[] };

function eventHash(claimId: string, e: ShownEvent): string {
  if (e.format === 2) {
    const header = canonicalJson({
      actorId: e.actorId,
      claimId,
      contentHash: e.contentHash,
      createdAt: e.createdAt,
      kind: e.kind,
      seq: e.seq,
    });
    return sha256hex(`claimtrail-event-v2\n${e.prevHash ?? ""}\n${header}`);
  }
  const body = canonicalJson({
    actorId: e.actorId,
    claimId,
    createdAt: e.createdAt,
    kind: e.kind,
    payload: e.payload,
    seq: e.seq,
  });
  return sha256hex(`${e.prevHash ?? ""}\n${body}`);
}

const base64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function signatureValid(publicKey: string, bytes: string, signature: string): Promise<boolean> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey("raw", base64(publicKey), { name: "Ed25519" }, false, ["verify"]);
  return subtle.verify({ name: "Ed25519" }, key, base64(signature), utf8(bytes));
}

export async function verifyPublicHistory(doc: PublicHistoryDocument): Promise<VerifyResult> {
  const problems: string[] = [];
  const lines: string[] = [];
  const { claimId, events } = doc;
  events.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`event #${e.seq} is out of place: expected #${i + 1} (one is missing or added)`);
    const prev = i === 0 ? null : events[i - 1].hash;
    if (e.prevHash !== prev) problems.push(`event #${e.seq} does not link to the event before it`);
    if (!e.shown) return;
    if (eventHash(claimId, e) !== e.hash) problems.push(`event #${e.seq} (${e.kind}) does not match its hash`);
    if (e.format === 2 && e.payload !== null && e.payload !== undefined) {
      const content = sha256hex(`claimtrail-content-v1\n${canonicalJson({ claimId, payload: e.payload, seq: e.seq })}`);
      if (content !== e.contentHash) problems.push(`event #${e.seq} (${e.kind}): its content does not match its hash`);
    }
  });
  const shown = events.filter((e) => e.shown).length;
  lines.push(
    `Chain: ${events.length} events, ${shown} shown and ${events.length - shown} staff-only (hashes only), ` +
      (problems.length === 0 ? "linked from the first to the head." : "BROKEN."),
  );

  const cp = doc.checkpoint;
  const inclusion = doc.inclusion;
  if (!cp || !inclusion) {
    lines.push("No checkpoint covers this history yet: the chain is checked, its anchoring is not.");
  } else {
    const key = doc.keys.find((k) => k.keyId === cp.keyId);
    const body = { v: cp.v, seq: cp.seq, createdAt: cp.createdAt, treeSize: cp.treeSize, root: cp.root, prev: cp.prev };
    const bytes = `claimtrail-checkpoint-v1\n${canonicalJson(body)}`;
    if (!key || !(await signatureValid(key.publicKey, bytes, cp.signature).catch(() => false))) {
      problems.push(`checkpoint #${cp.seq} is not signed by a published key`);
    } else {
      lines.push(`Checkpoint #${cp.seq} of ${cp.createdAt}: signed by key ${cp.keyId}.`);
    }
    const leaf = new Uint8Array(68);
    leaf.set(sha256(utf8(`claimtrail-claim-v1\n${claimId}`)), 0);
    new DataView(leaf.buffer).setUint32(32, inclusion.seq, false);
    leaf.set(fromHex(inclusion.head), 36);
    const included =
      inclusion.treeSize === cp.treeSize &&
      verifyInclusion(
        leafHash(leaf),
        inclusion.leafIndex,
        inclusion.treeSize,
        inclusion.auditPath.map(fromHex),
        fromHex(cp.root),
      );
    if (!included) problems.push(`this history's head is not in checkpoint #${cp.seq}'s tree`);
    else if (events[inclusion.seq - 1]?.hash !== inclusion.head) {
      problems.push(`event #${inclusion.seq} differs from the one checkpoint #${cp.seq} recorded`);
    } else {
      lines.push(
        `Included in checkpoint #${cp.seq} (root ${cp.root.slice(0, 16)}…) at event #${inclusion.seq}; ` +
          `${events.length - inclusion.seq} later event(s) continue the chain from there.`,
      );
    }
  }
  for (const problem of problems) lines.push(`Problem: ${problem}`);
  lines.push(problems.length === 0 ? "Verified." : `NOT verified: ${problems.length} problem(s).`);
  return { ok: problems.length === 0, lines };
}

export { toHex };
