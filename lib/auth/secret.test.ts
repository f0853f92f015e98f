import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingSecretError, resolveAuthSecret } from "./secret";

const fresh = () => mkdtempSync(path.join(tmpdir(), "claimtrail-secret-"));

describe("the session secret", () => {
  it("is required in production against a configured database, with a message saying how to make one", () => {
    expect(() =>
      resolveAuthSecret({ given: undefined, production: true, externalDatabase: true, dataDir: fresh() }),
    ).toThrow(MissingSecretError);
    expect(() =>
      resolveAuthSecret({ given: undefined, production: true, externalDatabase: true, dataDir: fresh() }),
    ).toThrow(/openssl rand/);
  });

  it("is used as given when set", () => {
    expect(
      resolveAuthSecret({ given: "x".repeat(40), production: true, externalDatabase: true, dataDir: fresh() }),
    ).toBe("x".repeat(40));
  });

  it("is generated once on the embedded database, kept private in the data folder, and reused", () => {
    const dataDir = fresh();
    const first = resolveAuthSecret({ given: undefined, production: true, externalDatabase: false, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(readFileSync(path.join(dataDir, "nextauth-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dataDir, "nextauth-secret")).mode & 0o077).toBe(0);
    expect(resolveAuthSecret({ given: undefined, production: false, externalDatabase: true, dataDir })).toBe(first);
  });
});
