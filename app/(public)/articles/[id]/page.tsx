import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { cache } from "react";
import { appUrl } from "@/lib/env";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { HighlightAnnouncer } from "@/components/highlight-announcer";
import { articleBodyStyles, HighlightedText, HighlightLegend } from "@/components/highlighted-text";
import { PreciseDateText } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { getPublicArticle } from "@/lib/articles/queries";
import type { ClaimStatus } from "@/lib/claims/queries";
import { CLAIM_STATUSES } from "@/lib/enums";
import { articlePath, claimPath, outletPath } from "@/lib/claims/paths";
import styles from "../../public.module.css";

// Cached (ISR) like the claim pages: a decision on a claim it quotes expires it (lib/cache/expire.ts).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadArticle = cache((id: string) => getPublicArticle(id));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id).catch(() => null);
  if (!article) return { title: "Article not found" };
  const description = `${article.outlet?.name ?? "Unknown outlet"}: the article with the claims it carries highlighted.`;
  const url = `${appUrl()}${articlePath(article)}`;
  return {
    title: article.headline,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", title: article.headline, description, url },
    twitter: { card: "summary", title: article.headline, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id).catch(orNotFound);
  // Every highlighted claim is in the list below, so each highlight can be described by its entry.
  const claims = [...new Map(article.quotes.map((q) => [q.claim.id, q.claim])).values()];
  const statusOf = new Map(claims.map((c) => [c.id, c.status]));
  return (
    <article className={styles.story}>
      <p className={txt.meta}>
        {article.outlet ? (
          <Link href={outletPath(article.outlet)}>{article.outlet.name}</Link>
        ) : (
          <span>Unknown outlet</span>
        )}
        {article.outlet && article.outletInferred && <span className={txt.muted}> (outlet inferred)</span>}
      </p>
      <h1 lang={article.language} dir={article.direction === "RTL" ? "rtl" : "ltr"}>
        {article.headline}
      </h1>
      <dl className={txt.facts}>
        <dt>By</dt>
        <dd>
          {article.authors.length ? article.authors.join(", ") : <span className={txt.muted}>No author given</span>}
          {article.authors.length > 0 && article.authorsInferred && <span className={txt.muted}> (inferred)</span>}
        </dd>
        <dt>Published</dt>
        <dd>
          <PreciseDateText date={article.published} />
          {article.published?.inferred && article.publishedNote && (
            <span className={txt.muted}> (inferred: {article.publishedNote})</span>
          )}
        </dd>
        {article.url && (
          <>
            <dt>Original</dt>
            <dd>
              <a href={article.url} rel="noopener noreferrer nofollow">
                {article.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      {article.correctedAt && (
        <p className={txt.meta}>
          Corrected on{" "}
          <time dateTime={article.correctedAt.toISOString()}>
            {article.correctedAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}
          </time>
          : this is the corrected text. A quote is highlighted once it has been checked against it.
        </p>
      )}
      <p className={txt.meta}>
        {claims.length} {claims.length === 1 ? "claim is" : "claims are"} highlighted below; each highlight links to its
        claim.
      </p>
      <HighlightLegend />
      <HighlightAnnouncer />
      <div className={articleBodyStyles.body} lang={article.language} dir={article.direction === "RTL" ? "rtl" : "ltr"}>
        <HighlightedText
          text={article.version.body}
          highlights={article.quotes.map((q) => ({
            id: q.id,
            start: q.start,
            end: q.end,
            claimId: q.claim.id,
            statement: q.claim.statement,
            status: q.claim.status,
          }))}
          describedBy={(claimId) => `${groupId(statusOf.get(claimId)!)} ${claimEntryId(claimId)}`}
        />
      </div>
      {claims.length > 0 && (
        <section aria-labelledby="claims-here">
          <h2 id="claims-here">Claims in this article</h2>
          {/* Grouped by status, one badge a group: a badge on each of hundreds of entries was a third of
              the page. A highlight is described by its claims' group and entry: "Corroborated: …". */}
          {STATUS_ORDER.map((status) => {
            const shown = claims.filter((c) => c.status === status);
            if (shown.length === 0) return null;
            return (
              <section key={status} aria-labelledby={groupId(status)}>
                <h3>
                  <span id={groupId(status)}>
                    <StatusBadge status={status} />
                  </span>{" "}
                  <span aria-hidden="true">· {shown.length}</span>
                </h3>
                <ul className={styles.plainList}>
                  {shown.map((c) => (
                    <li key={c.id} id={claimEntryId(c.id)}>
                      <Link href={claimPath(c)} dir="auto">
                        {c.statement}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </article>
  );
}

/** The order of the claim groups, what holds first; a Record, so a new status cannot be left out. */
const GROUP_RANK: Record<ClaimStatus, number> = { CORROBORATED: 0, CONFLICTING: 1, UNVERIFIED: 2 };
const STATUS_ORDER = [...CLAIM_STATUSES].sort((a, b) => GROUP_RANK[a] - GROUP_RANK[b]);

/** The element id of a status group's label in that list. */
const groupId = (status: ClaimStatus) => `claims-${status.toLowerCase()}`;

/** The element id of a claim's entry in the article's list of claims. */
const claimEntryId = (claimId: string) => `claim-${claimId}`;
