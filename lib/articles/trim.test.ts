import { describe, expect, it } from "vitest";
import { applyTrim, checkTrim, keptBlocks, TrimError, trimFromRules, untrimmed } from "./trim";

const BLOCKS = ["Middle EastWar", "Headline", "First.", "Photo: caption", "Second.", "Related Articles", "Other story"];

describe("trimming an import", () => {
  it("keeps everything when untrimmed", () => {
    expect(applyTrim(BLOCKS, untrimmed(BLOCKS))).toBe(BLOCKS.join("\n\n"));
  });

  it("keeps from start to end, both included, without the removed blocks", () => {
    expect(keptBlocks(BLOCKS, { start: 2, end: 4, remove: [3] })).toEqual(["First.", "Second."]);
    expect(applyTrim(BLOCKS, { start: 2, end: 4, remove: [3, 3] })).toBe("First.\n\nSecond.");
  });

  it("refuses an end before the start, indices outside the import, removals outside the range, and removing all", () => {
    expect(() => checkTrim(BLOCKS, { start: 4, end: 2, remove: [] })).toThrow("The article must end after it starts.");
    expect(() => checkTrim(BLOCKS, { start: 0, end: 7, remove: [] })).toThrow(TrimError);
    expect(() => checkTrim(BLOCKS, { start: -1, end: 2, remove: [] })).toThrow(TrimError);
    expect(() => checkTrim(BLOCKS, { start: 2, end: 4, remove: [5] })).toThrow(
      "Only paragraphs between the start and the end can be removed.",
    );
    expect(() => checkTrim(BLOCKS, { start: 2, end: 3, remove: [2, 3] })).toThrow("Keep at least one paragraph.");
  });

  it("turns marker rules into the same trim, dropping every copy of a repeated block", () => {
    const blocks = ["Head", "Head", "Body one.", "Caption", "Body two.", "Caption", "Body three.", "Footer"];
    const trim = trimFromRules(blocks, { startAt: "Body one", endAfter: "three.", dropParagraphs: ["Caption"] });
    expect(trim).toEqual({ start: 2, end: 6, remove: [3, 5] });
    expect(applyTrim(blocks, trim)).toBe("Body one.\n\nBody two.\n\nBody three.");
    expect(() => trimFromRules(blocks, { startAt: "Nope" })).toThrow('No paragraph starts with "Nope".');
    expect(() => trimFromRules(blocks, { dropParagraphs: ["Gone"] })).toThrow(TrimError);
  });
});
