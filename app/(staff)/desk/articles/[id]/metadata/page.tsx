import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { MetadataForm } from "@/components/desk/import/metadata-form";
import { updateMetadataAction } from "./actions";
import type { DetailChange } from "@/lib/articles/details";
import { getArticleMetadata } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { isoAtPrecision } from "@/lib/dates/precision";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Article details" };

type Props = { params: Promise<{ id: string }> };

/** Each changed field, before → after. */
function ChangeLines({ fields }: { fields: DetailChange[] }) {
  return (
    <ul>
      {fields.map((f) => (
        <li key={f.field}>
          {f.label}: <span dir="auto">{f.before}</span> → <span dir="auto">{f.after}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * An article's details with their history: changed at once while no public claim quotes the
 * article, proposed for review once one does.
 */
export default async function ArticleMetadataPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("article:edit", `/desk/articles/${id}/metadata`);
  const article = await getArticleMetadata(actor, id).catch(orNotFound);
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / <Link href={`/desk/articles/${id}`}>Article</Link> / Details
      </p>
      <h1>Article details</h1>
      <p className={txt.lede}>{article.headline}</p>
      {article.isPublic && !article.pending && (
        <p className={noticeClass()}>
          A published claim quotes this article, so it is public: a change to its details is proposed for review, and
          readers see the current details until someone other than you approves it.
        </p>
      )}
      {article.pending && (
        <section aria-labelledby="pending" className={noticeClass()}>
          <h2 id="pending">A revision waits for review</h2>
          <p>
            Proposed by {article.pending.proposer}: <span dir="auto">{article.pending.reason}</span> It is decided on
            the <Link href="/desk/reanchoring#revisions">re-anchoring page</Link>.
          </p>
          {article.pending.fields.length > 0 && <ChangeLines fields={article.pending.fields} />}
        </section>
      )}
      <MetadataForm
        action={updateMetadataAction}
        articleId={id}
        propose={article.isPublic}
        defaults={{
          headline: article.headline,
          authors: article.authors.join(", "),
          authorsInferred: article.authorsInferred,
          outlet: article.outlet?.name ?? "",
          outletInferred: article.outletInferred,
          published: article.published ? isoAtPrecision(article.published) : "",
          publishedInferred: article.publishedInferred,
          publishedNote: article.publishedNote ?? "",
          url: article.url ?? "",
          language: article.language,
          direction: article.direction,
          languageInferred: article.languageInferred,
        }}
      />
      <section aria-labelledby="changes">
        <h2 id="changes">History of the details</h2>
        {article.changes.length === 0 ? (
          <p className={txt.muted}>No changes since the import.</p>
        ) : (
          <ol className={txt.stack}>
            {article.changes.map((c) => (
              <li key={c.id}>
                <p className={txt.meta}>
                  {c.actor.name}
                  {c.approvedBy ? `, approved by ${c.approvedBy}` : ""},{" "}
                  <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toUTCString()}</time>
                </p>
                <ChangeLines fields={c.fields} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
