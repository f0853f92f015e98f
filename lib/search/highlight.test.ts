import { describe, expect, it } from "vitest";
import { encodeCursor, decodeCursor } from "./cursor";
import { MARK_END, MARK_START, markTerms, segmentsFromMarked, splitTerms } from "./highlight";

describe("highlighted segments", () => {
  it("splits ts_headline's marks into text segments, keeping markup as text", () => {
    const marked = `The <b>ISIS</b> ${MARK_START}fighters${MARK_END} & ${MARK_START}fighter${MARK_END}!`;
    expect(segmentsFromMarked(marked)).toEqual([
      { text: "The <b>ISIS</b> ", mark: false },
      { text: "fighters", mark: true },
      { text: " & ", mark: false },
      { text: "fighter", mark: true },
      { text: "!", mark: false },
    ]);
  });

  it("marks partial names case-insensitively, longest term first, Arabic too", () => {
    expect(markTerms("Hisham al-Hashemi", ["ashemi", "hisham"])).toEqual([
      { text: "Hisham", mark: true },
      { text: " al-H", mark: false },
      { text: "ashemi", mark: true },
    ]);
    expect(markTerms("هشام الهاشمي", ["الهاشمي"])).toEqual([
      { text: "هشام ", mark: false },
      { text: "الهاشمي", mark: true },
    ]);
    expect(markTerms("a.b (c)", ["(c)", "."])).toEqual([
      { text: "a.b ", mark: false },
      { text: "(c)", mark: true },
    ]);
  });
});

describe("query terms", () => {
  it("reads words and quoted phrases, drops control characters, caps the count", () => {
    expect(splitTerms('ISIS "1,000 fighters" desert', 8)).toEqual([
      { text: "ISIS", phrase: false },
      { text: "1,000 fighters", phrase: true },
      { text: "desert", phrase: false },
    ]);
    expect(splitTerms("a\u0000b", 8)).toEqual([
      { text: "a", phrase: false },
      { text: "b", phrase: false },
    ]);
    expect(splitTerms("one two three", 2)).toHaveLength(2);
    expect(splitTerms('"unclosed phrase', 8)).toEqual([
      { text: "unclosed", phrase: false },
      { text: "phrase", phrase: false },
    ]);
  });
});

describe("cursors", () => {
  it("round-trip, and refuse anything else", () => {
    const cursor = { sort: "newest", dir: "next", at: "2026-01-02T03:04:05.678Z", id: "abc" } as const;
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("nonsense")).toBeNull();
    expect(decodeCursor(Buffer.from('{"sort":"relevance"}').toString("base64url"))).toBeNull();
  });
});

describe("cursors made by hand", () => {
  it("refuse what PostgreSQL could not read", () => {
    const make = (over: Record<string, string>) =>
      Buffer.from(
        JSON.stringify({
          sort: "relevance",
          dir: "next",
          rank: "0.06",
          at: "2026-01-02T03:04:05.678Z",
          id: "a",
          asOf: "2026-01-02T03:04:05.678Z",
          ...over,
        }),
      ).toString("base64url");
    expect(decodeCursor(make({}))).not.toBeNull();
    expect(decodeCursor(make({ rank: "6.0792715e-06" }))).not.toBeNull();
    expect(decodeCursor(make({ rank: "1e999" }))).toBeNull();
    expect(decodeCursor(make({ at: "0000-01-01T00:00:00Z" }))).toBeNull();
  });
});
