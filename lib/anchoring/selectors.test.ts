import { describe, it, expect } from "vitest";

import { AnchoringError, CONTEXT_LENGTH, anchorHolds, anchorQuote, selectorsAt } from "./selectors";

const LONG_BODY =
  "In July 2019 the security analyst Hisham al-Hashemi told reporters that ISIS had an estimated " +
  "1,000 fighters in the desert around Baaj, Rawah and Tharthar, moving at night in small groups.";

const REPEATED_BODY = "The army reported 1,000 fighters near Baaj. Local officials reported 1,000 fighters near Rawah.";

describe("selectorsAt", () => {
  it("returns the selected text with up to 32 characters of context either side", () => {
    const start = LONG_BODY.indexOf("1,000 fighters");
    const end = start + "1,000 fighters".length;

    const anchor = selectorsAt(LONG_BODY, start, end);

    expect(anchor.exact).toBe("1,000 fighters");
    expect(anchor.start).toBe(start);
    expect(anchor.end).toBe(end);
    expect(anchor.prefix).toBe("reporters that ISIS had an estimated ".slice(-CONTEXT_LENGTH));
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toBe(" in the desert around Baaj, Rawa");
    expect(anchor.suffix).toHaveLength(32);
  });

  it("gives shorter (or empty) context at the very start and end of the text", () => {
    const atStart = selectorsAt(LONG_BODY, 0, 12);
    expect(atStart.exact).toBe("In July 2019");
    expect(atStart.prefix).toBe("");

    const atEnd = selectorsAt(LONG_BODY, LONG_BODY.length - 7, LONG_BODY.length);
    expect(atEnd.exact).toBe("groups.");
    expect(atEnd.suffix).toBe("");

    const short = selectorsAt("Baaj, Rawah and Tharthar", 6, 11);
    expect(short).toEqual({ exact: "Rawah", prefix: "Baaj, ", suffix: " and Tharthar", start: 6, end: 11 });
  });

  it("accepts a selection of the whole text", () => {
    expect(selectorsAt("Baaj", 0, 4)).toEqual({ exact: "Baaj", prefix: "", suffix: "", start: 0, end: 4 });
  });

  it.each([
    ["an empty selection", 5, 5],
    ["a reversed selection", 8, 3],
    ["a negative start", -1, 4],
    ["an end past the text", 10, 25],
    ["a fractional offset", 1.5, 4],
    ["a NaN offset", Number.NaN, 4],
  ])("refuses %s", (_label, start, end) => {
    const body = "Baaj, Rawah and Tharthar"; // 24 characters
    expect(() => selectorsAt(body, start, end)).toThrow(AnchoringError);
    expect(() => selectorsAt(body, start, end)).toThrow("is outside the text (length 24)");
  });
});

describe("anchorQuote", () => {
  it("finds a quote that occurs once, without any context", () => {
    const anchor = anchorQuote(LONG_BODY, { exact: "Rawah and Tharthar" });

    expect(anchor.start).toBe(LONG_BODY.indexOf("Rawah and Tharthar"));
    expect(anchor.end).toBe(anchor.start + "Rawah and Tharthar".length);
    expect(LONG_BODY.slice(anchor.start, anchor.end)).toBe("Rawah and Tharthar");
    expect(anchor.prefix).toBe(LONG_BODY.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(", moving at night in small group");
  });

  it("refuses a quote that is not in the text, quoting it in the message", () => {
    expect(() => anchorQuote(LONG_BODY, { exact: "3,500 to 4,000 combatants" })).toThrow(AnchoringError);
    expect(() => anchorQuote(LONG_BODY, { exact: "3,500 to 4,000 combatants" })).toThrow(
      'Quote not found in the text: "3,500 to 4,000 combatants".',
    );
  });

  it("refuses an empty quote", () => {
    expect(() => anchorQuote(LONG_BODY, { exact: "" })).toThrow("The quote is empty.");
  });

  it("refuses a quote that occurs more than once when no context tells them apart", () => {
    expect(() => anchorQuote(REPEATED_BODY, { exact: "1,000 fighters" })).toThrow(AnchoringError);
    expect(() => anchorQuote(REPEATED_BODY, { exact: "1,000 fighters" })).toThrow(
      'Quote "1,000 fighters" occurs 2 times; give a longer prefix or suffix.',
    );
  });

  it("counts overlapping occurrences as ambiguous", () => {
    expect(() => anchorQuote("a haha ha", { exact: "aha" })).not.toThrow();
    expect(() => anchorQuote("hahaha", { exact: "haha" })).toThrow("occurs 2 times");
  });

  it("picks the occurrence whose prefix matches", () => {
    const anchor = anchorQuote(REPEATED_BODY, { exact: "1,000 fighters", prefix: "officials reported " });

    expect(anchor.start).toBe(REPEATED_BODY.lastIndexOf("1,000 fighters"));
    expect(anchor.suffix.startsWith(" near Rawah")).toBe(true);
  });

  it("picks the occurrence whose suffix matches", () => {
    const anchor = anchorQuote(REPEATED_BODY, { exact: "1,000 fighters", suffix: " near Baaj" });

    expect(anchor.start).toBe(REPEATED_BODY.indexOf("1,000 fighters"));
  });

  it("refuses a quote whose given context matches none of its occurrences", () => {
    expect(() => anchorQuote(REPEATED_BODY, { exact: "1,000 fighters", prefix: "the police reported " })).toThrow(
      'Quote "1,000 fighters" occurs but not with the given context; give a longer prefix or suffix.',
    );
  });

  it("refuses a quote that occurs once when its given context does not match", () => {
    expect(() => anchorQuote(LONG_BODY, { exact: "Rawah", suffix: " or Mosul" })).toThrow(
      "occurs but not with the given context",
    );
  });

  it("re-finds the same place from the selectors it produced, even for a repeated quote", () => {
    const second = REPEATED_BODY.lastIndexOf("1,000 fighters");
    const stored = selectorsAt(REPEATED_BODY, second, second + "1,000 fighters".length);

    const found = anchorQuote(REPEATED_BODY, { exact: stored.exact, prefix: stored.prefix, suffix: stored.suffix });

    expect(found).toEqual(stored);
  });

  it("re-finds a quote in a corrected version where text was inserted before it", () => {
    const stored = anchorQuote(REPEATED_BODY, { exact: "1,000 fighters", prefix: "officials reported " });
    const corrected = "Correction appended on 8 July. " + REPEATED_BODY;

    const moved = anchorQuote(corrected, stored);

    expect(moved.start).toBe(stored.start + "Correction appended on 8 July. ".length);
    expect(corrected.slice(moved.start, moved.end)).toBe("1,000 fighters");
  });
});

describe("anchorHolds", () => {
  it("is true while the offsets still point at the quoted text", () => {
    const anchor = anchorQuote(LONG_BODY, { exact: "Baaj" });

    expect(anchorHolds(LONG_BODY, anchor)).toBe(true);
    expect(anchorHolds(LONG_BODY + " Updated later.", anchor)).toBe(true);
  });

  it("is false once text before the quote has changed length", () => {
    const anchor = anchorQuote(LONG_BODY, { exact: "Baaj" });
    const edited = LONG_BODY.replace("In July 2019", "In mid-July 2019");

    expect(anchorHolds(edited, anchor)).toBe(false);
  });

  it("is false when the quoted words themselves were corrected", () => {
    const anchor = anchorQuote(LONG_BODY, { exact: "1,000 fighters" });
    const edited = LONG_BODY.replace("1,000 fighters", "2,000 fighters");

    expect(anchorHolds(edited, anchor)).toBe(false);
  });

  it("is false when the text became shorter than the anchor", () => {
    const anchor = anchorQuote(LONG_BODY, { exact: "small groups" });

    expect(anchorHolds(LONG_BODY.slice(0, 50), anchor)).toBe(false);
  });
});

describe("offsets in UTF-16 code units", () => {
  it("counts a character outside the Basic Multilingual Plane as two units", () => {
    // The flag is two regional-indicator symbols, each a surrogate pair: four code units.
    const body = "🇮🇶 Baaj: about 1,000 fighters";

    const anchor = anchorQuote(body, { exact: "Baaj" });

    expect(anchor.start).toBe(5);
    expect(anchor.end).toBe(9);
    expect(anchor.prefix).toBe("🇮🇶 ");
    expect(anchorQuote(body, { exact: "1,000" })).toMatchObject({ start: 17, end: 22 });
  });

  it("keeps an emoji intact when it is itself the quote", () => {
    const body = "Reaction: 😀 from readers";
    const anchor = anchorQuote(body, { exact: "😀" });

    expect(anchor).toMatchObject({ start: 10, end: 12, exact: "😀", prefix: "Reaction: ", suffix: " from readers" });
    expect(anchorHolds(body, anchor)).toBe(true);
  });

  it("anchors Arabic text by code-unit offsets and gives its context in logical order", () => {
    const body = "قال الهاشمي إن عدد مقاتلي التنظيم يبلغ نحو ألف مقاتل في صحراء البعاج.";

    const anchor = anchorQuote(body, { exact: "نحو ألف مقاتل" });

    expect(anchor.start).toBe(39);
    expect(anchor.end).toBe(52);
    expect(anchor.exact).toBe("نحو ألف مقاتل");
    expect(anchor.prefix).toBe("قال الهاشمي إن عدد مقاتلي التنظيم يبلغ ".slice(-32));
    expect(anchor.suffix).toBe(" في صحراء البعاج.");
    expect(anchorHolds(body, anchor)).toBe(true);
    expect(selectorsAt(body, 39, 52)).toEqual(anchor);
  });

  it("tells apart a repeated Arabic quote by its prefix", () => {
    const body = "قال الجيش نحو ألف مقاتل، وقال المسؤولون نحو ألف مقاتل أيضا.";

    expect(() => anchorQuote(body, { exact: "نحو ألف مقاتل" })).toThrow("occurs 2 times");
    const anchor = anchorQuote(body, { exact: "نحو ألف مقاتل", prefix: "وقال المسؤولون " });
    expect(anchor.start).toBe(body.lastIndexOf("نحو ألف مقاتل"));
  });
});

describe("context around characters outside the Basic Multilingual Plane", () => {
  it("never stores half of a surrogate pair in the prefix or suffix", () => {
    const body = "😀".repeat(20) + " 1,000 fighters";
    const anchor = selectorsAt(body, 41, 55);
    expect(anchor.prefix.isWellFormed()).toBe(true);
    const flags = selectorsAt("Baaj " + "🇮🇶".repeat(10), 0, 4);
    expect(flags.suffix.isWellFormed()).toBe(true);
    expect(anchorQuote(body, { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix }).start).toBe(41);
  });
});
