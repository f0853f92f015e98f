import { describe, expect, it } from "vitest";
import { findFolded, foldText } from "./normalize";

const body =
  "He said: \u201CISIS has about 1,000 fighters\u201D \u2014 in the  desert.\nIt\u2019s a \u2018guess\u2019.";

describe("foldText", () => {
  it("maps every folded unit back to the original", () => {
    const { text, map } = foldText("a \u201Cb\u201D\n\n c");
    expect(text).toBe('a "b" c');
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 8, 9]);
  });
});

describe("findFolded", () => {
  it("finds a passage typed with straight quotes in a body with curly ones", () => {
    const [match] = findFolded(body, '"ISIS has about 1,000 fighters"');
    expect(body.slice(match.start, match.end)).toBe("\u201CISIS has about 1,000 fighters\u201D");
  });

  it("finds a passage with a hyphen for a dash and one space for two", () => {
    const [match] = findFolded(body, "fighters\u201D - in the desert");
    expect(body.slice(match.start, match.end)).toBe("fighters\u201D \u2014 in the  desert");
  });

  it("treats a line break in the paste or the body as a space", () => {
    const [match] = findFolded(body, "desert. It's a\n'guess'");
    expect(body.slice(match.start, match.end)).toBe("desert.\nIt\u2019s a \u2018guess\u2019");
  });

  it("ignores whitespace around the paste and finds every occurrence", () => {
    expect(findFolded("one two one", "  one ")).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 11 },
    ]);
  });

  it("finds nothing for an empty or absent passage", () => {
    expect(findFolded(body, "   ")).toEqual([]);
    expect(findFolded(body, "5,000 fighters")).toEqual([]);
  });
});
