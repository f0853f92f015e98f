import { describe, expect, it } from "vitest";
import { fromHex, inclusionProof, leafHash, merkleRoot, toHex, verifyInclusion } from "./merkle";
import { nodeSha256 } from "./node-sha256";

/** The test inputs and roots of Certificate Transparency's reference implementation (RFC 6962). */
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(
  fromHex,
);
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

describe("RFC 6962 Merkle tree", () => {
  it("hashes the empty tree to SHA-256 of nothing", () => {
    expect(toHex(merkleRoot([]))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it.each(ROOTS.map((root, i) => [i + 1, root] as const))("gives the reference root for %i leaves", (n, root) => {
    expect(toHex(merkleRoot(LEAVES.slice(0, n)))).toBe(root);
  });

  it("proves every leaf of every tree size, and refuses a wrong leaf, index or root", () => {
    for (let n = 1; n <= LEAVES.length; n++) {
      const hashes = LEAVES.slice(0, n).map((leaf) => leafHash(leaf));
      const root = fromHex(ROOTS[n - 1]);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(i, hashes);
        expect(verifyInclusion(hashes[i], i, n, proof, root), `leaf ${i} of ${n}`).toBe(true);
        expect(verifyInclusion(leafHash(fromHex("ff")), i, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion(hashes[i], (i + 1) % n, n, proof, root)).toBe(false);
        const otherRoot = fromHex(ROOTS[n % ROOTS.length]);
        expect(verifyInclusion(hashes[i], i, n, proof, otherRoot)).toBe(false);
      }
    }
  });

  it("gives the reference audit path for leaf 0 of 8 (RFC 6962 test data)", () => {
    const hashes = LEAVES.map((leaf) => leafHash(leaf));
    expect(inclusionProof(0, hashes).map(toHex)).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
  });
});

describe("with node:crypto's SHA-256 (the server's)", () => {
  it("gives the same roots and audit paths as the portable SHA-256", () => {
    const leaves = Array.from({ length: 37 }, (_, i) => Uint8Array.from({ length: 68 }, (_, j) => (i * 31 + j) & 0xff));
    expect(toHex(merkleRoot(leaves, nodeSha256))).toBe(toHex(merkleRoot(leaves)));
    for (const n of [1, 2, 5, 37]) {
      expect(toHex(merkleRoot(leaves.slice(0, n), nodeSha256))).toBe(toHex(merkleRoot(leaves.slice(0, n))));
    }
    const hashes = leaves.map((leaf) => leafHash(leaf, nodeSha256));
    expect(hashes.map(toHex)).toEqual(leaves.map((leaf) => toHex(leafHash(leaf))));
    for (const index of [0, 17, 36]) {
      expect(inclusionProof(index, hashes, nodeSha256).map(toHex)).toEqual(
        inclusionProof(
          index,
          leaves.map((leaf) => leafHash(leaf)),
        ).map(toHex),
      );
    }
  });
});
