import { describe, it, expect } from "vitest";

import { CleaningError, cleanArticleText, hashContent, normalizeText, splitParagraphs } from "./clean";

const CAPTURED = [
  "Middle East | War",
  "",
  "Mahdi orders full integration of the PMF",
  "",
  "BAGHDAD (AFP) - Iraqi forces launched an operation on Sunday.",
  "",
  "Photo: Iraqi soldiers in Anbar, 7 July 2019",
  "",
  "Hisham al-Hashemi said ISIS had an estimated 1,000 fighters in the area.",
  "",
  "The operation will continue for several days, officials said.",
  "",
  "Related Articles",
  "",
  "Back to top button",
].join("\n");

describe("normalizeText", () => {
  it("turns Windows and old Mac line endings into \\n", () => {
    expect(normalizeText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
  });

  it("removes a byte-order mark", () => {
    expect(normalizeText("\uFEFFBaghdad")).toBe("Baghdad");
  });

  it("removes spaces, tabs and no-break spaces at the end of lines", () => {
    expect(normalizeText("first line \t\u00A0\r\nsecond line  \nthird")).toBe("first line\nsecond line\nthird");
  });

  it("trims blank lines and whitespace around the whole text", () => {
    expect(normalizeText("\n\n  Baghdad, 7 July  \n\n")).toBe("Baghdad, 7 July");
  });

  it("keeps spacing inside a line", () => {
    expect(normalizeText("a  b\tc")).toBe("a  b\tc");
  });

  it("gives the same text for CRLF and LF copies of an article", () => {
    expect(normalizeText(CAPTURED.replace(/\n/g, "\r\n"))).toBe(normalizeText(CAPTURED));
  });
});

describe("splitParagraphs", () => {
  it("splits on blank lines, including lines holding only whitespace, and collapses runs of spaces", () => {
    expect(splitParagraphs("First  paragraph.\n \t\nSecond\tone.\n\n\n\nThird.")).toEqual([
      "First paragraph.",
      "Second one.",
      "Third.",
    ]);
  });
});

describe("cleanArticleText", () => {
  it("without rules keeps every paragraph, one blank line apart", () => {
    const text = cleanArticleText("One.\n\n\n\nTwo.\r\n\r\nThree.");

    expect(text).toBe("One.\n\nTwo.\n\nThree.");
  });

  it("starts at the first paragraph that starts with the marker", () => {
    const text = cleanArticleText(CAPTURED, { startAt: "BAGHDAD (AFP)" });

    expect(text.startsWith("BAGHDAD (AFP) - Iraqi forces")).toBe(true);
    expect(text).not.toContain("Mahdi orders");
    expect(text).toContain("Back to top button");
  });

  it("ends after the first paragraph (from the start) that ends with the marker", () => {
    const text = cleanArticleText(CAPTURED, { endAfter: "officials said." });

    expect(text.endsWith("The operation will continue for several days, officials said.")).toBe(true);
    expect(text).not.toContain("Related Articles");
    expect(text.startsWith("Middle East | War")).toBe(true);
  });

  it("keeps only the body between start and end, dropping listed paragraphs", () => {
    const text = cleanArticleText(CAPTURED, {
      startAt: "BAGHDAD (AFP)",
      endAfter: "officials said.",
      dropParagraphs: ["Photo: Iraqi soldiers in Anbar, 7 July 2019"],
    });

    expect(text).toBe(
      [
        "BAGHDAD (AFP) - Iraqi forces launched an operation on Sunday.",
        "Hisham al-Hashemi said ISIS had an estimated 1,000 fighters in the area.",
        "The operation will continue for several days, officials said.",
      ].join("\n\n"),
    );
  });

  it("drops only whole paragraphs, not paragraphs that merely contain the text", () => {
    const text = cleanArticleText("Photo\n\nPhoto: Anbar\n\nBody.", { dropParagraphs: ["Photo"] });

    expect(text).toBe("Photo: Anbar\n\nBody.");
  });

  it("keeps a start and end paragraph that are the same paragraph", () => {
    const text = cleanArticleText(CAPTURED, { startAt: "Hisham al-Hashemi", endAfter: "in the area." });

    expect(text).toBe("Hisham al-Hashemi said ISIS had an estimated 1,000 fighters in the area.");
  });

  it("gives the same body for a CRLF copy of the same capture", () => {
    const rules = { startAt: "BAGHDAD", endAfter: "officials said." };
    expect(cleanArticleText(CAPTURED.replace(/\n/g, "\r\n"), rules)).toBe(cleanArticleText(CAPTURED, rules));
  });

  it("refuses a start marker no paragraph starts with, naming it", () => {
    expect(() => cleanArticleText(CAPTURED, { startAt: "MOSUL (Reuters)" })).toThrow(CleaningError);
    expect(() => cleanArticleText(CAPTURED, { startAt: "MOSUL (Reuters)" })).toThrow(
      'No paragraph starts with "MOSUL (Reuters)".',
    );
  });

  it("refuses a start marker found only in the middle of a paragraph", () => {
    expect(() => cleanArticleText(CAPTURED, { startAt: "Iraqi forces" })).toThrow(CleaningError);
  });

  it("refuses an end marker no paragraph ends with, naming it", () => {
    expect(() => cleanArticleText(CAPTURED, { endAfter: "sources said." })).toThrow(CleaningError);
    expect(() => cleanArticleText(CAPTURED, { endAfter: "sources said." })).toThrow(
      'No paragraph after the start ends with "sources said.".',
    );
  });

  it("refuses an end marker that only appears before the start", () => {
    expect(() => cleanArticleText(CAPTURED, { startAt: "Hisham al-Hashemi", endAfter: "on Sunday." })).toThrow(
      'No paragraph after the start ends with "on Sunday.".',
    );
  });

  it("refuses a paragraph to drop that is not in the text, naming it", () => {
    expect(() => cleanArticleText(CAPTURED, { dropParagraphs: ["Advertisement"] })).toThrow(CleaningError);
    expect(() => cleanArticleText(CAPTURED, { dropParagraphs: ["Advertisement"] })).toThrow(
      'Paragraph to drop not found in the body: "Advertisement".',
    );
  });

  it("refuses a paragraph to drop that lies outside the kept body", () => {
    expect(() =>
      cleanArticleText(CAPTURED, {
        startAt: "BAGHDAD",
        endAfter: "officials said.",
        dropParagraphs: ["Related Articles"],
      }),
    ).toThrow('Paragraph to drop not found in the body: "Related Articles".');
  });

  it("shortens a long missing paragraph to 60 characters in the message", () => {
    const long = "x".repeat(100);

    expect(() => cleanArticleText(CAPTURED, { dropParagraphs: [long] })).toThrow(
      `Paragraph to drop not found in the body: "${"x".repeat(60)}".`,
    );
  });
});

describe("hashContent", () => {
  it("is the hex sha256 of the UTF-8 text", () => {
    expect(hashContent("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashContent("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("is the same for the same text every time", () => {
    const body = cleanArticleText(CAPTURED, { startAt: "BAGHDAD" });
    expect(hashContent(body)).toBe(hashContent(cleanArticleText(CAPTURED, { startAt: "BAGHDAD" })));
  });

  it("is the same for CRLF and LF captures once cleaned", () => {
    expect(hashContent(cleanArticleText(CAPTURED.replace(/\n/g, "\r\n")))).toBe(
      hashContent(cleanArticleText(CAPTURED)),
    );
  });

  it("changes when a single character changes, including in Arabic text", () => {
    expect(hashContent("1,000 fighters")).not.toBe(hashContent("1,001 fighters"));
    expect(hashContent("نحو ألف مقاتل")).not.toBe(hashContent("نحو ألفي مقاتل"));
    expect(hashContent("نحو ألف مقاتل")).toMatch(/^[0-9a-f]{64}$/);
  });
});
