import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { listOpenReanchors, listPendingArticleRevisions } from "@/lib/articles/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import styles from "./reanchoring.module.css";
import { DecideRevisionForms, ResolveForms } from "./resolve-forms";
import { WordDiff } from "./word-diff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Re-anchoring" };

const dirOf = (direction: string) => (direction === "RTL" ? "rtl" : "ltr");

/**
 * After an article's text changed: the quotes that need a person (a close match to confirm, or no
 * match at all), and the revisions of public articles (their text, their details or both) waiting
 * for review.
 */
type Props = { searchParams: Promise<{ proposed?: string }> };

export default async function ReanchoringPage({ searchParams }: Props) {
  const { proposed } = await searchParams;
  const actor = await requirePermission("read:internal", "/desk/reanchoring");
  const [items, revisions] = await Promise.all([listOpenReanchors(actor), listPendingArticleRevisions(actor)]);
  const canDecide = can(actor.role, "review:decide");
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / Re-anchoring
      </p>
      <h1>Re-anchoring</h1>
      <p className={txt.lede}>
        Quotes that a new version of their article did not place by itself. They keep their approved words until you
        confirm the suggested place, re-select the words, or detach them. On a published claim, your choice becomes part
        of the claim’s revision, for review.
      </p>
      {proposed === "reimport" && (
        <Notice tone="ok" role="status">
          The re-imported text is a revision of a public article: it waits below for review by someone other than you.
          Readers see the current version until it is approved.
        </Notice>
      )}
      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes to confirm ({items.length})</h2>
        {items.length === 0 ? (
          <p className={txt.muted}>No quote needs confirmation.</p>
        ) : (
          <ul className={txt.stack}>
            {items.map((item) => {
              const { article } = item.toVersion;
              return (
                <li key={item.id} className={styles.item} aria-labelledby={`item-${item.id}`}>
                  <h3 id={`item-${item.id}`}>
                    <Link href={`/desk/claims/${item.claim.id}`} dir="auto">
                      {item.claim.statement}
                    </Link>
                  </h3>
                  <p className={txt.meta}>
                    {item.outcome === "FUZZY"
                      ? `Needs confirmation: a close match (${Math.round((item.similarity ?? 0) * 100)}% alike)`
                      : "Orphaned: no close match"}{" "}
                    in{" "}
                    <Link href={`/desk/articles/${article.id}/versions?v=${item.toVersion.number}`}>
                      version {item.toVersion.number}
                    </Link>{" "}
                    of <span dir="auto">{article.headline}</span> (quoted in version {item.fromVersion.number})
                    {item.claim.visibility === "PUBLIC" ? "; the claim is published" : ""}.
                  </p>
                  <WordDiff
                    before={item.oldText}
                    after={item.exact}
                    lang={article.language}
                    dir={dirOf(article.direction)}
                  />
                  {item.claim.hasPendingProposal ? (
                    <p>
                      The claim has a proposal waiting for review; this waits here until it is decided (
                      <Link href={`/desk/claims/${item.claim.id}`}>see the claim</Link>).
                    </p>
                  ) : (
                    <ResolveForms itemId={item.id} canConfirm={item.outcome === "FUZZY"} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="revisions">
        <h2 id="revisions">Revisions of public articles ({revisions.length})</h2>
        {revisions.length === 0 ? (
          <p className={txt.muted}>No revision is waiting for review.</p>
        ) : (
          <ul className={txt.stack}>
            {revisions.map((r) => (
              <li key={r.id} className={styles.item} aria-labelledby={`revision-${r.id}`}>
                <h3 id={`revision-${r.id}`}>
                  <Link href={`/desk/articles/${r.article.id}/versions`} dir="auto">
                    {r.article.headline}
                  </Link>
                </h3>
                <p className={txt.meta}>
                  Proposed by {r.proposer.name}: <span dir="auto">{r.reason}</span>
                </p>
                {r.details.length > 0 && (
                  <Table label={`Details of ${r.article.headline}`}>
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Now</th>
                        <th scope="col">Proposed</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.details.map((d) => (
                        <tr key={d.field}>
                          <th scope="row">{d.label}</th>
                          <td dir="auto">{d.before}</td>
                          <td dir="auto">{d.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
                {r.body !== null && (
                  <WordDiff
                    before={r.currentBody}
                    after={r.body}
                    lang={r.article.language}
                    dir={dirOf(r.article.direction)}
                  />
                )}
                {r.isOwn ? (
                  <p>You proposed this revision; someone else must review it.</p>
                ) : canDecide ? (
                  <DecideRevisionForms revisionId={r.id} />
                ) : (
                  <p>Waiting for a reviewer.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
