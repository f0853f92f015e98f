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

describe("the history signing secret", () => {
  it("follows the same rule in its own file: required in production on DATABASE_URL, generated elsewhere", async () => {
    const { resolveHistorySecret } = await import("./secret");
    expect(() =>
      resolveHistorySecret({ given: undefined, production: true, externalDatabase: true, dataDir: fresh() }),
    ).toThrow(/HISTORY_SIGNING_KEY is required to run in production against DATABASE_URL/);
    const dataDir = fresh();
    const generated = resolveHistorySecret({ given: undefined, production: false, externalDatabase: true, dataDir });
    expect(readFileSync(path.join(dataDir, "history-signing-key"), "utf8")).toBe(generated);
    expect(resolveAuthSecret({ given: undefined, production: false, externalDatabase: true, dataDir })).not.toBe(
      generated,
    );
  });
});
