import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleData } from "../../prisma/sample-data/manifest";
import { cleanArticleText } from "../articles/clean";
import { describeFigure } from "./prefill";
import { suggestClaims } from "./suggest";

const bodyOf = (key: string) => {
  const article = sampleData.articles.find((a) => a.key === key)!;
  const raw = readFileSync(new URL(`../../prisma/sample-data/articles/${article.file}`, import.meta.url), "utf8");
  return cleanArticleText(raw, article.cleaning);
};

/** A suggestion as a line: the sentence's first six words, the figure, the speaker. */
const summary = (key: string) =>
  suggestClaims(bodyOf(key)).map((s) =>
    [
      s.sentence.split(" ").slice(0, 6).join(" "),
      s.figure ? describeFigure(s.figure) : "-",
      s.attribution?.speaker
        ? `${s.attribution.speaker.name}${s.attribution.speaker.inferred ? " (inferred)" : ""}`
        : "-",
    ].join(" | "),
  );

describe("suggestClaims on sample article 03 (expected list written by hand)", () => {
  it("suggests each figure and each named speaker's statement, in order", () => {
    expect(summary("03")).toEqual([
      "In late 2017, Iraq announced the | about 3 years | -",
      "Iraqi forces were able to put | 3 years | -",
      "Matching those concerns, last year, the | 8 operations | -",
      "“ISIS has a well-rounded structure that | - | Hisham al-Hashemi",
      "The expert added that ISIS had | - | Hisham al-Hashemi (inferred)",
      "ISIS, according to al-Hashemi, has an | 3,500–4,000 combatants | al-Hashemi",
      "ISIS, according to al-Hashemi, has an | about 11 sectors | al-Hashemi",
      "“ISIS is trying to re-market itself | - | Fadel Abu Ragheef",
      "Abu Ragheef added that ISIS now | - | Abu Ragheef",
    ]);
  });
});

describe("suggestClaims on every sample article", () => {
  it.each(sampleData.articles.map((a) => a.key))(
    "%s: each suggestion's offsets select its sentence, keys are unique",
    (key) => {
      const body = bodyOf(key);
      const suggestions = suggestClaims(body);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) {
        expect(body.slice(s.start, s.end)).toBe(s.sentence);
        if (s.figure) expect(s.sentence.slice(s.figure.start, s.figure.end)).toBe(s.figure.text);
      }
      expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
    },
  );

  it("02: the estimated 1,000 fighters, said by al-Hashemi (from the sentence before)", () => {
    expect(summary("02")).toContain(
      "He said security forces were seeking | about 1,000 fighters | Hisham al-Hashemi (inferred)",
    );
  });

  it("04 and 05: bounds and approximations", () => {
    expect(summary("04")).toContain("At least five IS terrorists have | at least 5 terrorists | Rasool");
    expect(summary("05")).toContain("According to estimates by journalists and | about 6,000 civilians | -");
  });

  it("a sentence with Arabic-Indic digits keeps its offsets", () => {
    const body = "مقدمة.\n\nقال المحلل إن التنظيم يضم ٣٬٥٠٠ fighters in the desert.";
    const [s] = suggestClaims(body);
    expect(s?.figure).toMatchObject({ value: 3500, text: "٣٬٥٠٠" });
    expect(body.slice(s!.start, s!.end)).toBe(s!.sentence);
  });
});
