import { describe, expect, it } from "vitest";
import { canonicalClaimSegment, claimHref, claimIdOf, claimPath, claimSlug, outletPath, subjectPath } from "./paths";

describe("public URLs", () => {
  it("gives a claim a readable slug of its statement after its id", () => {
    const claim = { id: "cm1abc", statement: "Hisham al-Hashemi said ISIS had 3,500 to 4,000 combatants." };
    expect(claimPath(claim)).toBe("/claims/cm1abc-hisham-al-hashemi-said-isis-had-3-500-to-4-000-combatants");
    expect(canonicalClaimSegment(claim)).toBe("cm1abc-hisham-al-hashemi-said-isis-had-3-500-to-4-000-combatants");
  });

  it("cuts long slugs at a word, drops accents, and leaves a bare id for text with no ASCII letters", () => {
    const slug = claimSlug("Über ".repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.startsWith("uber-uber")).toBe(true);
    expect(slug.endsWith("-")).toBe(false);
    expect(claimPath({ id: "cm2", statement: "قال الهاشمي إن داعش" })).toBe("/claims/cm2");
  });

  it("reads the id back from any spelling of the segment", () => {
    expect(claimIdOf("cm1abc-any-old-slug")).toBe("cm1abc");
    expect(claimIdOf("cm1abc")).toBe("cm1abc");
  });

  it("links staff pages by bare id and public ones by slug", () => {
    const c = { id: "cm3", statement: "Two words" };
    expect(claimHref("/desk/claims/", c)).toBe("/desk/claims/cm3");
    expect(claimHref("/claims/", c)).toBe("/claims/cm3-two-words");
    expect(subjectPath({ slug: "isis-fighters-iraq" })).toBe("/subjects/isis-fighters-iraq");
    expect(outletPath({ slug: "a b" })).toBe("/outlets/a%20b");
  });
});
