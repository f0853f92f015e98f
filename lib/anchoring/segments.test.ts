import { describe, it, expect } from "vitest";

import { segmentText, type Segment, narrowestCovering } from "./segments";

// 0123456789
const TEXT = "abcdefghij";

/** The parts of each segment a reader sees: the text and which highlights cover or start there. */
function runs(segments: Segment[]) {
  return segments.map(({ text, covering, opens }) => ({ text, covering, opens }));
}

describe("segmentText", () => {
  it("returns the whole text as one unhighlighted run when there are no ranges", () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: 10, text: TEXT, covering: [], opens: [] }]);
  });

  it("returns nothing for an empty text", () => {
    expect(segmentText("", [])).toEqual([]);
    expect(segmentText("", [{ id: "q1", start: 0, end: 3 }])).toEqual([]);
  });

  it("splits around one range in the middle", () => {
    expect(segmentText(TEXT, [{ id: "q1", start: 3, end: 6 }])).toEqual([
      { start: 0, end: 3, text: "abc", covering: [], opens: [] },
      { start: 3, end: 6, text: "def", covering: ["q1"], opens: ["q1"] },
      { start: 6, end: 10, text: "ghij", covering: [], opens: [] },
    ]);
  });

  it("produces no empty runs for a range at the start or the end of the text", () => {
    expect(runs(segmentText(TEXT, [{ id: "q1", start: 0, end: 4 }]))).toEqual([
      { text: "abcd", covering: ["q1"], opens: ["q1"] },
      { text: "efghij", covering: [], opens: [] },
    ]);
    expect(runs(segmentText(TEXT, [{ id: "q1", start: 7, end: 10 }]))).toEqual([
      { text: "abcdefg", covering: [], opens: [] },
      { text: "hij", covering: ["q1"], opens: ["q1"] },
    ]);
    expect(runs(segmentText(TEXT, [{ id: "q1", start: 0, end: 10 }]))).toEqual([
      { text: TEXT, covering: ["q1"], opens: ["q1"] },
    ]);
  });

  it("marks the shared part of two overlapping ranges once, covered by both", () => {
    const segments = segmentText(TEXT, [
      { id: "q1", start: 2, end: 6 },
      { id: "q2", start: 4, end: 8 },
    ]);

    expect(runs(segments)).toEqual([
      { text: "ab", covering: [], opens: [] },
      { text: "cd", covering: ["q1"], opens: ["q1"] },
      { text: "ef", covering: ["q1", "q2"], opens: ["q2"] },
      { text: "gh", covering: ["q2"], opens: [] },
      { text: "ij", covering: [], opens: [] },
    ]);
  });

  it("gives the same runs whichever order overlapping ranges are listed in", () => {
    const forwards = segmentText(TEXT, [
      { id: "q1", start: 2, end: 6 },
      { id: "q2", start: 4, end: 8 },
    ]);
    const backwards = segmentText(TEXT, [
      { id: "q2", start: 4, end: 8 },
      { id: "q1", start: 2, end: 6 },
    ]);

    expect(backwards.map((s) => [s.start, s.end, [...s.covering].sort()])).toEqual(
      forwards.map((s) => [s.start, s.end, [...s.covering].sort()]),
    );
  });

  it("keeps an outer range open around a range nested inside it", () => {
    const segments = segmentText(TEXT, [
      { id: "outer", start: 1, end: 9 },
      { id: "inner", start: 3, end: 5 },
    ]);

    expect(runs(segments)).toEqual([
      { text: "a", covering: [], opens: [] },
      { text: "bc", covering: ["outer"], opens: ["outer"] },
      { text: "de", covering: ["outer", "inner"], opens: ["inner"] },
      { text: "fghi", covering: ["outer"], opens: [] },
      { text: "j", covering: [], opens: [] },
    ]);
  });

  it("keeps adjacent ranges apart: the run after a boundary belongs only to the next range", () => {
    const segments = segmentText(TEXT, [
      { id: "q1", start: 0, end: 3 },
      { id: "q2", start: 3, end: 6 },
    ]);

    expect(runs(segments)).toEqual([
      { text: "abc", covering: ["q1"], opens: ["q1"] },
      { text: "def", covering: ["q2"], opens: ["q2"] },
      { text: "ghij", covering: [], opens: [] },
    ]);
  });

  it("opens two identical ranges on the same run", () => {
    const segments = segmentText(TEXT, [
      { id: "q1", start: 2, end: 5 },
      { id: "q2", start: 2, end: 5 },
    ]);

    expect(segments[1]).toEqual({ start: 2, end: 5, text: "cde", covering: ["q1", "q2"], opens: ["q1", "q2"] });
  });

  it("lists a range in `opens` only on the first run it covers", () => {
    const segments = segmentText(TEXT, [
      { id: "long", start: 0, end: 10 },
      { id: "a", start: 2, end: 3 },
      { id: "b", start: 6, end: 7 },
    ]);

    const opening = segments.filter((s) => s.opens.includes("long"));
    expect(opening).toHaveLength(1);
    expect(opening[0].start).toBe(0);
    expect(segments.every((s) => s.covering.includes("long"))).toBe(true);
  });

  it.each([
    ["a negative start", { id: "bad", start: -2, end: 4 }],
    ["an end past the text", { id: "bad", start: 6, end: 11 }],
    ["an empty range", { id: "bad", start: 4, end: 4 }],
    ["a reversed range", { id: "bad", start: 7, end: 3 }],
  ])("ignores %s entirely, without cutting the text", (_label, bad) => {
    const good = { id: "q1", start: 2, end: 5 };

    const segments = segmentText(TEXT, [bad, good]);

    expect(segments).toEqual(segmentText(TEXT, [good]));
    expect(segments.some((s) => s.covering.includes("bad") || s.opens.includes("bad"))).toBe(false);
  });

  it("always covers the text exactly once, in order, without gaps", () => {
    const text = "ISIS had about 1,000 fighters around Baaj, Rawah and Tharthar.";
    const segments = segmentText(text, [
      { id: "q1", start: 9, end: 29 },
      { id: "q2", start: 15, end: 41 },
      { id: "q3", start: 37, end: 61 },
      { id: "q4", start: 50, end: 99 },
    ]);

    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments[0].start).toBe(0);
    expect(segments[segments.length - 1].end).toBe(text.length);
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBe(segments[i - 1].end);
    for (const s of segments) expect(s.text).toBe(text.slice(s.start, s.end));
  });

  it("works on UTF-16 offsets, keeping an emoji whole inside a highlight", () => {
    const text = "Figure 😀 shown";
    const segments = segmentText(text, [{ id: "q1", start: 7, end: 9 }]);

    expect(runs(segments)).toEqual([
      { text: "Figure ", covering: [], opens: [] },
      { text: "😀", covering: ["q1"], opens: ["q1"] },
      { text: " shown", covering: [], opens: [] },
    ]);
  });
});

describe("narrowestCovering", () => {
  it("picks the innermost of nested quotes, so each keeps a link of its own", () => {
    const ranges = [
      { id: "outer", start: 0, end: 20 },
      { id: "inner", start: 5, end: 10 },
    ];
    const byId = new Map(ranges.map((r) => [r.id, r]));
    const segments = segmentText("x".repeat(25), ranges);
    expect(segments.filter((s) => s.covering.length).map((s) => narrowestCovering(s, byId).id)).toEqual([
      "outer",
      "inner",
      "outer",
    ]);
  });
});
