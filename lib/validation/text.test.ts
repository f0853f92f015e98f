import { describe, expect, it } from "vitest";
import { hasControlCharacters, hasNul, NUL_MESSAGE, nulFieldErrors } from "./text";

describe("NUL characters", () => {
  it("are found anywhere in a value", () => {
    expect(hasNul("abc")).toBe(false);
    expect(hasNul("a\u0000b")).toBe(true);
    expect(hasNul("\u0000")).toBe(true);
  });

  it("give a field message for each field that carries one, single or repeated", () => {
    expect(nulFieldErrors({ statement: "fine", note: "tab\tand\nnewline are fine" })).toBeNull();
    expect(nulFieldErrors({ statement: "bad\u0000", tags: ["ok", "x\u0000"], other: "ok" })).toEqual({
      statement: [NUL_MESSAGE],
      tags: [NUL_MESSAGE],
    });
  });
});

describe("control characters", () => {
  it("cover C0 and DEL but not ordinary text", () => {
    expect(hasControlCharacters("editor@claimtrail.test")).toBe(false);
    for (const c of ["\u0000", "\t", "\n", "\r", "\u001f", "\u007f"]) expect(hasControlCharacters(`a${c}b`)).toBe(true);
  });
});
