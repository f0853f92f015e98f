import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Annotator } from "@/components/desk/annotator";
import { AnnotatorDescriptions, AnnotatorText } from "@/components/desk/annotator-text";
import { PreciseDateText } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { getDeskArticle } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Annotate article" };

type Props = { params: Promise<{ id: string }> };

/**
 * The article workspace: the latest version's text with every quote highlighted (internal claims
 * too), where an editor selects a passage and quotes it for a new or an existing claim.
 */
export default async function DeskArticlePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("claim:create", `/desk/articles/${id}`);
  const article = await getDeskArticle(actor, id).catch(orNotFound);
  const claims = [...new Map(article.quotes.map((q) => [q.claim.id, q.claim])).values()];
  const dir = article.direction === "RTL" ? "rtl" : "ltr";
  const text = { text: article.version.body, highlights: article.quotes, idPrefix: "hl-" };
  return (
    <article className="desk-article">
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / Article
      </p>
      <h1 lang={article.language} dir={dir}>
        {article.headline}
      </h1>
      <p className={txt.meta}>
        {article.outlet?.name ?? "Unknown outlet"} · <PreciseDateText date={article.published} /> · version{" "}
        {article.version.number} · <Link href={`/desk/articles/${article.id}/metadata`}>Edit details</Link> ·{" "}
        <Link href={`/desk/articles/${article.id}/edit`}>Edit text</Link> ·{" "}
        <Link href={`/desk/articles/${article.id}/versions`}>Versions</Link> ·{" "}
        <Link href={`/desk/articles/${article.id}/raw`}>Raw text as imported</Link> ·{" "}
        <Link href={`/desk/articles/${article.id}/suggestions`}>Suggested claims</Link>
        {article.isPublic && (
          <>
            {" "}
            · <Link href={`/articles/${article.id}`}>Public page</Link>
          </>
        )}
      </p>
      {article.unanchoredCount > 0 && (
        <p className={noticeClass()}>
          {article.unanchoredCount}{" "}
          {article.unanchoredCount === 1 ? "quote no longer matches" : "quotes no longer match"} the text at its offsets
          and {article.unanchoredCount === 1 ? "is" : "are"} not highlighted.
        </p>
      )}
      <div className={deskStyles.deskArticleGrid}>
        <Annotator versionId={article.version.id} body={article.version.body} lang={article.language} dir={dir}>
          <AnnotatorText {...text} />
        </Annotator>
        <AnnotatorDescriptions {...text} />
        <aside aria-labelledby="claims-here">
          <h2 id="claims-here">Claims in this article</h2>
          {claims.length === 0 && <p className={txt.muted}>None yet. Select a passage to quote one.</p>}
          <ul className={txt.stack}>
            {claims.map((c) => (
              <li key={c.id}>
                <StatusBadge status={c.status} /> <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link>
                {c.visibility !== "PUBLIC" && <span className={txt.meta}> ({c.visibility.toLowerCase()})</span>}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
