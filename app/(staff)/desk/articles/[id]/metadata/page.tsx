import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { MetadataForm } from "@/components/desk/import/metadata-form";
import { updateMetadataAction } from "./actions";
import { getArticleMetadata } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { isoAtPrecision } from "@/lib/dates/precision";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Article details" };

type Props = { params: Promise<{ id: string }> };

const show = (value: unknown) =>
  value === null || value === "" ? "—" : Array.isArray(value) ? value.join(", ") || "—" : String(value);

/** An article's metadata, editable while no public claim quotes it, with its change history. */
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
      {article.isPublic && (
        <p className={noticeClass()}>
          A published claim quotes this article, so it is public: a change to its details needs a reviewed revision, and
          saving here is refused until revisions of articles are available.
        </p>
      )}
      <MetadataForm
        action={updateMetadataAction}
        articleId={id}
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
            {article.changes.map((c) => {
              const before = (c.before ?? {}) as Record<string, unknown>;
              const after = (c.after ?? {}) as Record<string, unknown>;
              return (
                <li key={c.id}>
                  <p className={txt.meta}>
                    {c.actor.name}, <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toUTCString()}</time>
                  </p>
                  <ul>
                    {Object.keys(after).map((field) => (
                      <li key={field}>
                        {field}: {show(before[field])} → {show(after[field])}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}
