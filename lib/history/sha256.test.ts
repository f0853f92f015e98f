import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256, sha256hex, toHex } from "./sha256";

describe("sha256 in plain TypeScript", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    expect(sha256hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node:crypto on random inputs of every length around the block edges", () => {
    for (let n = 0; n < 300; n++) {
      const bytes = new Uint8Array(randomBytes(n));
      expect(toHex(sha256(bytes)), `length ${n}`).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    const a = new Uint8Array(randomBytes(40));
    const b = new Uint8Array(randomBytes(70));
    expect(toHex(sha256(a, b))).toBe(createHash("sha256").update(a).update(b).digest("hex"));
  });
});
