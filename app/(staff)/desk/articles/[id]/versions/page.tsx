import { articleBodyStyles } from "@/components/highlighted-text";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getArticleVersion, listArticleVersions } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Article versions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> };

const STATE_LABEL = {
  PENDING: "waiting for review",
  APPROVED: "approved",
  REJECTED: "rejected",
  CANCELLED: "withdrawn",
};

/** Every version of an article's text, newest first, and one of them to read (staff only). */
export default async function ArticleVersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { v } = await searchParams;
  const actor = await requirePermission("read:internal", `/desk/articles/${id}/versions`);
  const article = await listArticleVersions(actor, id).catch(orNotFound);
  const number = Number(v ?? article.versions[0]?.number);
  const shown = Number.isInteger(number) ? await getArticleVersion(actor, id, number).catch(orNotFound) : null;
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / <Link href={`/desk/articles/${id}`}>Article</Link> / Versions
      </p>
      <h1>Versions</h1>
      <p className={txt.lede} dir="auto">
        {article.headline}
      </p>
      <p>
        <Link href={`/desk/articles/${id}/edit`}>Edit the text</Link> ·{" "}
        <Link href={`/desk/articles/${id}/metadata`}>Details and their history</Link>
      </p>
      <ol className={txt.stack} reversed>
        {article.versions.map((version) => (
          <li key={version.id}>
            {version.number === shown?.number ? (
              <strong aria-current="page">Version {version.number}</strong>
            ) : (
              <Link href={`/desk/articles/${id}/versions?v=${version.number}`}>Version {version.number}</Link>
            )}{" "}
            <span className={txt.meta}>
              <time dateTime={version.createdAt.toISOString()}>{version.createdAt.toUTCString()}</time>
              {version.createdBy ? `, ${version.createdBy.name}` : ""}; {version._count.quotes} quotes anchored
            </span>
          </li>
        ))}
      </ol>
      {article.revisions.length > 0 && (
        <section aria-labelledby="revisions">
          <h2 id="revisions">Reviewed revisions</h2>
          <ul className={txt.stack}>
            {article.revisions.map((r) => (
              <li key={r.id}>
                <span dir="auto">{r.reason}</span>{" "}
                <span className={txt.meta}>
                  by {r.proposer.name}, {STATE_LABEL[r.state]}
                  {r.reviewer ? ` by ${r.reviewer.name}` : ""}
                  {r.versionNumber ? ` as version ${r.versionNumber}` : ""}
                  {r.decidedAt ? (
                    <>
                      , <time dateTime={r.decidedAt.toISOString()}>{r.decidedAt.toUTCString()}</time>
                    </>
                  ) : null}
                  ; {[r.changesBody && "the text", r.details.length > 0 && "the details"].filter(Boolean).join(" and ")}
                </span>
                {r.details.length > 0 && (
                  <ul>
                    {r.details.map((d) => (
                      <li key={d.field}>
                        {d.label}: <span dir="auto">{d.before}</span> → <span dir="auto">{d.after}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {shown && (
        <section aria-labelledby="shown">
          <h2 id="shown">Text of version {shown.number}</h2>
          <div
            className={articleBodyStyles.body}
            lang={shown.article.language}
            dir={shown.article.direction === "RTL" ? "rtl" : "ltr"}
          >
            {shown.body}
          </div>
        </section>
      )}
    </>
  );
}
