import { sha256 } from "./sha256";

/**
 * RFC 6962 Merkle trees (Certificate Transparency, section 2.1): leaves hashed with a 0x00
 * prefix, interior nodes with 0x01, the tree split at the largest power of two below its size.
 * Pure and dependency-free (lib/history/sha256.ts), shared by the checkpoint writer,
 * `history:verify` and the reader's verifier, in Node and in the browser.
 */
/**
 * SHA-256 of the parts concatenated: the portable one (lib/history/sha256.ts) unless a caller
 * passes another, as the server does with node:crypto's (lib/history/node-sha256.ts): a tree of
 * 100,000 leaves took 2.9 s in plain TypeScript and 0.5 s with node:crypto.
 */
export type Sha256 = (...parts: Uint8Array[]) => Uint8Array;

const LEAF = Uint8Array.of(0x00);
const NODE = Uint8Array.of(0x01);

export function leafHash(leaf: Uint8Array, sha: Sha256 = sha256): Uint8Array {
  return sha(LEAF, leaf);
}

export function nodeHash(left: Uint8Array, right: Uint8Array, sha: Sha256 = sha256): Uint8Array {
  return sha(NODE, left, right);
}

/** The largest power of two strictly below n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over already-hashed leaves. The empty tree's hash is SHA-256 of nothing. */
export function rootOfHashes(hashes: Uint8Array[], sha: Sha256 = sha256): Uint8Array {
  if (hashes.length === 0) return sha();
  if (hashes.length === 1) return hashes[0];
  const k = split(hashes.length);
  return nodeHash(rootOfHashes(hashes.slice(0, k), sha), rootOfHashes(hashes.slice(k), sha), sha);
}

export function merkleRoot(leaves: Uint8Array[], sha: Sha256 = sha256): Uint8Array {
  return rootOfHashes(
    leaves.map((leaf) => leafHash(leaf, sha)),
    sha,
  );
}

/** PATH(m, D[n]): the audit path proving leaf m is in the tree, nearest sibling first. */
export function inclusionProof(index: number, hashes: Uint8Array[], sha: Sha256 = sha256): Uint8Array[] {
  if (index < 0 || index >= hashes.length) throw new RangeError("Leaf index outside the tree.");
  if (hashes.length === 1) return [];
  const k = split(hashes.length);
  return index < k
    ? [...inclusionProof(index, hashes.slice(0, k), sha), rootOfHashes(hashes.slice(k), sha)]
    : [...inclusionProof(index - k, hashes.slice(k), sha), rootOfHashes(hashes.slice(0, k), sha)];
}

/** Checks an audit path (RFC 9162, section 2.1.3.2, the same tree as RFC 6962). */
export function verifyInclusion(
  leafHashValue: Uint8Array,
  index: number,
  treeSize: number,
  path: Uint8Array[],
  root: Uint8Array,
): boolean {
  if (index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHashValue;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.length === root.length && r.every((byte, i) => byte === root[i]);
}

export { fromHex, toHex } from "./sha256";
