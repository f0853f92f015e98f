import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleData } from "../../prisma/sample-data/manifest";
import { extractImport } from "./import/extract";
import { suggestMetadata } from "./import/metadata";
import { trimFromRules } from "./trim";
import { suggestTrim } from "./trim-suggest";

const blocksOf = (file: string) =>
  extractImport(readFileSync(new URL(`../../prisma/sample-data/articles/${file}`, import.meta.url), "utf8"), file);

describe("the suggested trim of the five raw samples", () => {
  it.each(sampleData.articles.map((a) => [a.file, a] as const))(
    "%s: matches the sample data's trim, but for a teaser only an editor can tell",
    (file, article) => {
      const extraction = blocksOf(file);
      const suggested = suggestTrim(extraction.blocks, suggestMetadata(extraction).headline?.value ?? null);
      const expected = trimFromRules(extraction.blocks, article.cleaning);
      if (article.key === "02") {
        // "Mahdi orders full integration of Shia militias…" is a "read also" teaser that reads
        // like a headline: the suggestion keeps it, the editor removes it.
        expect(suggested).toEqual({ ...expected, remove: [] });
        expect(expected.remove.map((i) => extraction.blocks[i])).toEqual([
          "Mahdi orders full integration of Shia militias into Iraq’s armed forces",
        ]);
      } else {
        expect(suggested).toEqual(expected);
      }
    },
  );
});

describe("suggestTrim", () => {
  it("starts at the first prose paragraph when no headline is known, and keeps everything when nothing is recognized", () => {
    const blocks = [
      "Home",
      "World",
      "A first sentence that is long enough to be prose in an article body here.",
      "End.",
    ];
    expect(suggestTrim(blocks, null)).toEqual({ start: 2, end: 3, remove: [] });
    expect(suggestTrim(["One.", "Two."], "Missing")).toEqual({ start: 0, end: 1, remove: [] });
  });
});
