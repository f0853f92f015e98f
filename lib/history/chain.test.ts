import { describe, it, expect } from "vitest";

import { hashEvent, verifyChain, type ChainedEvent } from "./chain";

type Unhashed = Omit<ChainedEvent, "hash">;

const CLAIM = "claim-baaj-fighters";

const AT = new Date("2024-05-01T10:00:00.000Z");

const BASE: Unhashed = {
  claimId: CLAIM,
  seq: 3,
  kind: "STATUS_APPROVED",
  actorId: "user-reviewer",
  createdAt: AT,
  payload: { reviewId: "r1", from: "UNVERIFIED", to: "CORROBORATED", rationale: "Two outlets.", comment: null },
  prevHash: "a".repeat(64),
};

const KINDS = ["CREATED", "QUOTE_ADDED", "LINKED", "STATUS_PROPOSED", "STATUS_APPROVED"];

/** Five events for one claim, each hashed onto the one before, as append.ts writes them. */
function buildChain(claimId = CLAIM): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (let seq = 1; seq <= 5; seq++) {
    const event: Unhashed = {
      claimId,
      seq,
      kind: KINDS[seq - 1],
      actorId: seq % 2 === 0 ? "user-editor" : "user-reviewer",
      createdAt: new Date(Date.UTC(2024, 4, seq, 9, 0)),
      payload: { step: seq, note: `event ${seq}` },
      prevHash: events.at(-1)?.hash ?? null,
    };
    events.push({ ...event, hash: hashEvent(event) });
  }
  return events;
}

/** Re-hashes an event after a change, as someone covering their tracks would. */
function rehash(event: ChainedEvent): ChainedEvent {
  return { ...event, hash: hashEvent(event) };
}

describe("hashEvent", () => {
  it("gives the same 64-digit hex sha256 for the same event", () => {
    const hash = hashEvent(BASE);

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent({ ...BASE, createdAt: new Date(AT.getTime()) })).toBe(hash);
  });

  it("hashes a createdAt given in its ISO 8601 form (as history:verify reads it) as the Date itself", () => {
    const v2 = { ...BASE, format: 2, contentHash: "c".repeat(64) };
    expect(hashEvent({ ...BASE, createdAt: AT.toISOString() })).toBe(hashEvent(BASE));
    expect(hashEvent({ ...v2, createdAt: AT.toISOString() })).toBe(hashEvent(v2));
    expect(hashEvent({ ...v2, createdAt: "2024-05-01T10:00:00.001Z" })).not.toBe(hashEvent(v2));
  });

  it("does not depend on the key order of the payload, as JSONB may return it reordered", () => {
    const reordered = {
      comment: null,
      rationale: "Two outlets.",
      to: "CORROBORATED",
      from: "UNVERIFIED",
      reviewId: "r1",
    };

    expect(hashEvent({ ...BASE, payload: reordered })).toBe(hashEvent(BASE));
  });

  it("ignores a stored hash field, hashing only the event's own content", () => {
    const withHash = { ...BASE, hash: "f".repeat(64) };
    expect(hashEvent(withHash)).toBe(hashEvent(BASE));
  });

  it.each([
    ["claimId", { claimId: "claim-other" }],
    ["seq", { seq: 4 }],
    ["kind", { kind: "STATUS_REJECTED" }],
    ["actorId (another actor)", { actorId: "user-admin" }],
    ["actorId (no actor)", { actorId: null }],
    ["createdAt (one millisecond later)", { createdAt: new Date(AT.getTime() + 1) }],
    ["payload (one nested value)", { payload: { ...(BASE.payload as object), to: "CONFLICTING" } }],
    ["payload (an extra member)", { payload: { ...(BASE.payload as object), extra: 1 } }],
    ["payload (null instead of an object)", { payload: null }],
    ["prevHash (another hash)", { prevHash: "b".repeat(64) }],
    ["prevHash (first event: none)", { prevHash: null }],
  ])("changes when %s changes", (_label, change) => {
    expect(hashEvent({ ...BASE, ...change })).not.toBe(hashEvent(BASE));
  });
});

describe("verifyChain", () => {
  it("finds nothing wrong with an intact chain of five events", () => {
    const chain = buildChain();

    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyChain(chain)).toEqual([]);
  });

  it("finds nothing wrong with an empty history", () => {
    expect(verifyChain([])).toEqual([]);
  });

  it("reports an altered payload at that event", () => {
    const chain = buildChain();
    chain[2] = { ...chain[2], payload: { step: 3, note: "rewritten afterwards" } };

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 3, problem: "content does not match its hash (the event was altered)" },
    ]);
  });

  it("reports an altered actor or time at that event", () => {
    const byActor = buildChain();
    byActor[1] = { ...byActor[1], actorId: "user-admin" };
    const byTime = buildChain();
    byTime[3] = { ...byTime[3], createdAt: new Date(Date.UTC(2023, 0, 1)) };

    expect(verifyChain(byActor)).toEqual([{ claimId: CLAIM, seq: 2, problem: expect.stringContaining("altered") }]);
    expect(verifyChain(byTime)).toEqual([{ claimId: CLAIM, seq: 4, problem: expect.stringContaining("altered") }]);
  });

  it("reports an event removed from the middle at the event that follows the gap", () => {
    const chain = buildChain();
    chain.splice(2, 1);

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 4, problem: "sequence jumps from 2 to 4 (an event is missing)" },
      { claimId: CLAIM, seq: 4, problem: "previous-hash link does not match the event before it" },
    ]);
  });

  it("reports a removed first event", () => {
    const chain = buildChain().slice(1);

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 2, problem: "sequence jumps from 0 to 2 (an event is missing)" },
      { claimId: CLAIM, seq: 2, problem: "previous-hash link does not match the event before it" },
    ]);
  });

  it("reports reordered events, starting at the first one out of place", () => {
    const chain = buildChain();
    [chain[2], chain[3]] = [chain[3], chain[2]];

    const breaks = verifyChain(chain);

    expect(breaks[0]).toEqual({ claimId: CLAIM, seq: 4, problem: expect.stringContaining("sequence jumps") });
    expect(breaks).toContainEqual({
      claimId: CLAIM,
      seq: 4,
      problem: "previous-hash link does not match the event before it",
    });
    expect(breaks).toContainEqual({
      claimId: CLAIM,
      seq: 3,
      problem: "previous-hash link does not match the event before it",
    });
    expect(breaks.some((b) => b.seq === 1 || b.seq === 2)).toBe(false);
    expect(breaks.every((b) => b.claimId === CLAIM)).toBe(true);
  });

  it("reports an altered previous-hash link at that event, both as a broken link and as altered content", () => {
    const chain = buildChain();
    chain[2] = { ...chain[2], prevHash: "0".repeat(64) };

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 3, problem: "previous-hash link does not match the event before it" },
      { claimId: CLAIM, seq: 3, problem: "content does not match its hash (the event was altered)" },
    ]);
  });

  it("reports an altered event whose hash was recomputed at the next event, whose link no longer matches", () => {
    const chain = buildChain();
    chain[2] = rehash({ ...chain[2], payload: { step: 3, note: "rewritten and re-hashed" } });

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 4, problem: "previous-hash link does not match the event before it" },
    ]);
  });

  it("still catches a rewrite that re-hashed the next event too, at the event after that", () => {
    const chain = buildChain();
    chain[2] = rehash({ ...chain[2], payload: { step: 3, note: "rewritten" } });
    chain[3] = rehash({ ...chain[3], prevHash: chain[2].hash });

    expect(verifyChain(chain)).toEqual([
      { claimId: CLAIM, seq: 5, problem: "previous-hash link does not match the event before it" },
    ]);
  });

  it("names the claim the broken event belongs to", () => {
    const chain = buildChain("claim-rawah");
    chain[4] = { ...chain[4], kind: "STATUS_REJECTED" };

    expect(verifyChain(chain)).toEqual([
      { claimId: "claim-rawah", seq: 5, problem: expect.stringContaining("altered") },
    ]);
  });

  it("refuses an event copied from another claim's chain", () => {
    const chain = buildChain();
    const other = buildChain("claim-other");
    chain[1] = other[1];

    const breaks = verifyChain(chain);

    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks[0]).toMatchObject({ seq: 2, problem: "previous-hash link does not match the event before it" });
  });
});
