import { describe, expect, it } from "vitest";
import { changedFields, describeChange, detailsFromInput, type ArticleDetails } from "./details";
import { articleMetadataSchema } from "./schemas";

const current: ArticleDetails = {
  headline: "Iraq launches ‘Will of Victory’",
  outlet: null,
  outletInferred: false,
  authors: [],
  authorsInferred: false,
  published: "2019-07-01",
  publishedPrecision: "MONTH",
  publishedInferred: false,
  publishedNote: null,
  url: null,
  language: "en",
  direction: "LTR",
  languageInferred: false,
};

const form = (fields: Record<string, string>) =>
  articleMetadataSchema.parse({
    headline: current.headline,
    published: "2019-07",
    language: "en",
    direction: "LTR",
    ...fields,
  });

describe("an article's details as an editor changes them", () => {
  it("finds only the fields that changed, in the form's order", () => {
    const after = detailsFromInput(current, form({ outlet: "Agence France-Presse", outletInferred: "on" }));
    expect(changedFields(current, after)).toEqual(["outlet", "outletInferred"]);
    expect(changedFields(current, detailsFromInput(current, form({})))).toEqual([]);
  });

  it("keeps the recorded outlet when it is named in other letter case, and drops an inferred box with no value", () => {
    const named = { ...current, outlet: "Agence France-Presse" };
    expect(changedFields(named, detailsFromInput(named, form({ outlet: "agence france-presse" })))).toEqual([]);
    expect(detailsFromInput(current, form({ authorsInferred: "on" })).authorsInferred).toBe(false);
  });

  it("reads a change as lines a person reads, leaving out what did not change and what it does not know", () => {
    expect(
      describeChange(
        { outlet: null, published: "2019-07-01", authors: [], languageInferred: false, mystery: 1 },
        { outlet: "AFP", published: "2019-07-01", authors: ["A", "B"], languageInferred: true, mystery: 2 },
      ),
    ).toEqual([
      { field: "outlet", label: "Outlet", before: "—", after: "AFP" },
      { field: "authors", label: "Authors", before: "—", after: "A, B" },
      { field: "languageInferred", label: "Language guessed", before: "no", after: "yes" },
    ]);
    expect(describeChange(null, { headline: "New" })).toEqual([
      { field: "headline", label: "Headline", before: "—", after: "New" },
    ]);
  });
});
