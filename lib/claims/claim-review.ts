import { isoAtPrecision } from "../dates/precision";
import { STATUS_LABEL } from "./format";
import { articlePath, claimPath } from "./paths";
import type { DatePrecision, SpeakerKind } from "../enums";

/**
 * schema.org ClaimReview for a public claim page (read by search engines and fact-check
 * aggregators). Pure: the page passes the claim it already loaded.
 *
 * The rating scale, documented here once: worst 1, best 3.
 * - 1 "Conflicting": sources disagree (see the linked claims and evidence);
 * - 2 "Unverified": not yet confirmed by an independent source;
 * - 3 "Corroborated": confirmed by at least two independent sources, approved by a reviewer.
 */
export const RATING = {
  CONFLICTING: 1,
  UNVERIFIED: 2,
  CORROBORATED: 3,
} as const;

type Status = keyof typeof RATING;
type PreciseDate = { on: Date; precision: DatePrecision; inferred?: boolean } | null;

export type ClaimReviewInput = {
  id: string;
  statement: string;
  status: Status;
  statusChangedAt: Date | null;
  publishedAt: Date | null;
  stated: PreciseDate;
  speaker: { name: string; kind: SpeakerKind } | null;
  quotes: {
    article: {
      id: string;
      headline: string;
      url: string | null;
      outlet: string | null;
      published: PreciseDate;
    };
  }[];
};

export function buildClaimReview(
  claim: ClaimReviewInput,
  site: { baseUrl: string; publisher: { name: string; url: string } },
) {
  const articles = [...new Map(claim.quotes.map((q) => [q.article.id, q.article])).values()];
  const time = (a: (typeof articles)[number]) => a.published?.on.getTime() ?? Number.POSITIVE_INFINITY;
  const appearance = articles
    .sort((a, b) => time(a) - time(b))
    .map((a) => ({
      "@type": "CreativeWork",
      url: a.url ?? `${site.baseUrl}${articlePath(a)}`,
      headline: a.headline,
      ...(a.published ? { datePublished: isoAtPrecision(a.published) } : {}),
      ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
    }));
  const reviewed = claim.statusChangedAt ?? claim.publishedAt;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${site.baseUrl}${claimPath(claim)}`,
    claimReviewed: claim.statement,
    ...(reviewed ? { datePublished: reviewed.toISOString().slice(0, 10) } : {}),
    author: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING[claim.status],
      bestRating: 3,
      worstRating: 1,
      alternateName: STATUS_LABEL[claim.status],
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.speaker
        ? {
            author: {
              "@type": claim.speaker.kind === "ORGANIZATION" ? "Organization" : "Person",
              name: claim.speaker.name,
            },
          }
        : {}),
      ...(claim.stated ? { datePublished: isoAtPrecision(claim.stated) } : {}),
      ...(appearance.length > 0 ? { appearance, firstAppearance: appearance[0] } : {}),
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
