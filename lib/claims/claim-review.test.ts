import { describe, expect, it } from "vitest";
import { buildClaimReview, jsonLdText } from "./claim-review";

const SITE = { baseUrl: "https://claims.example.org", publisher: { name: "Example Desk", url: "https://example.org" } };
const HASHEMI_2020 = {
  id: "c2020",
  statement: "ISIS had an active force of 3,500 to 4,000 combatants in about 11 operational sectors in Iraq.",
  status: "UNVERIFIED" as const,
  statusChangedAt: null,
  publishedAt: new Date("2026-11-23T10:00:00Z"),
  stated: { on: new Date("2020-03-22T00:00:00Z"), precision: "DAY" as const },
  speaker: { name: "Hisham al-Hashemi", kind: "PERSON" as const },
  quotes: [
    {
      article: {
        id: "a03",
        headline: "Exclusive: ISIS in Iraq… A Growing Threat",
        url: null,
        outlet: "Asharq Al-Awsat",
        published: { on: new Date("2020-03-22T00:00:00Z"), precision: "DAY" as const },
      },
    },
  ],
};

describe("buildClaimReview", () => {
  it("gives every property of a ClaimReview, with the rating mapped from the status", () => {
    expect(buildClaimReview(HASHEMI_2020, SITE)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claims.example.org/claims/c2020-isis-had-an-active-force-of-3-500-to-4-000-combatants-in",
      claimReviewed: HASHEMI_2020.statement,
      datePublished: "2026-11-23",
      author: { "@type": "Organization", name: "Example Desk", url: "https://example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: "Unverified" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Hisham al-Hashemi" },
        datePublished: "2020-03-22",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://claims.example.org/articles/a03",
            headline: "Exclusive: ISIS in Iraq… A Growing Threat",
            datePublished: "2020-03-22",
            publisher: { "@type": "Organization", name: "Asharq Al-Awsat" },
          },
        ],
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://claims.example.org/articles/a03",
          headline: "Exclusive: ISIS in Iraq… A Growing Threat",
          datePublished: "2020-03-22",
          publisher: { "@type": "Organization", name: "Asharq Al-Awsat" },
        },
      },
    });
  });

  it("rates corroborated best and conflicting worst, and dates the review by the decision", () => {
    const decided = new Date("2026-11-20T09:00:00Z");
    const corroborated = buildClaimReview({ ...HASHEMI_2020, status: "CORROBORATED", statusChangedAt: decided }, SITE);
    expect(corroborated.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Corroborated" });
    expect(corroborated.datePublished).toBe("2026-11-20");
    expect(buildClaimReview({ ...HASHEMI_2020, status: "CONFLICTING" }, SITE).reviewRating.ratingValue).toBe(1);
  });

  it("keeps a month-precision date at month precision, and escapes text that could close the script", () => {
    const review = buildClaimReview(
      { ...HASHEMI_2020, stated: { on: new Date("2019-07-01T00:00:00Z"), precision: "MONTH" } },
      SITE,
    );
    expect(review.itemReviewed.datePublished).toBe("2019-07");
    expect(jsonLdText({ s: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
