import { describe, expect, it } from "vitest";
import { checkStamp, issueStamp, needsNewStamp, STAMP_MAX_AGE_MS, STAMP_MIN_AGE_MS } from "./form-stamp";

const key = new Uint8Array(32).fill(7);
const otherKey = new Uint8Array(32).fill(8);
const t0 = Date.UTC(2026, 11, 3, 9, 0, 0);

describe("correction form stamps", () => {
  it("accepts a stamp once a person could have written the request, until it is a day old", () => {
    const stamp = issueStamp(key, t0);
    expect(checkStamp(key, stamp, t0 + STAMP_MIN_AGE_MS)).toEqual({ ok: true });
    expect(checkStamp(key, stamp, t0 + STAMP_MAX_AGE_MS)).toEqual({ ok: true });
  });

  it("refuses a submission faster than a person, saying how long to wait", () => {
    const stamp = issueStamp(key, t0);
    expect(checkStamp(key, stamp, t0 + 1_000)).toEqual({ ok: false, problem: "too-fast", waitMs: 2_000 });
    expect(needsNewStamp(checkStamp(key, stamp, t0 + 1_000))).toBe(false);
  });

  it("refuses missing, forged, re-dated, foreign-key, expired and future stamps", () => {
    const stamp = issueStamp(key, t0);
    const [issuedAt, tagPart] = stamp.split(".");
    const cases: [string | undefined, string][] = [
      [undefined, "missing"],
      ["", "missing"],
      ["not a stamp", "invalid"],
      [`${Number(issuedAt) - 60_000}.${tagPart}`, "invalid"],
      [issueStamp(otherKey, t0), "invalid"],
      [`${issuedAt}.${"A".repeat(43)}`, "invalid"],
    ];
    for (const [given, problem] of cases) {
      expect(checkStamp(key, given, t0 + 10_000), String(given)).toEqual({ ok: false, problem });
    }
    expect(checkStamp(key, stamp, t0 + STAMP_MAX_AGE_MS + 1)).toEqual({ ok: false, problem: "expired" });
    expect(checkStamp(key, issueStamp(key, t0 + 120_000), t0)).toEqual({ ok: false, problem: "expired" });
    expect(needsNewStamp({ ok: false, problem: "expired" })).toBe(true);
  });
});
