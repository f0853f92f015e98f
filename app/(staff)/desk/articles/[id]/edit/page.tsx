import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getBodyForEditing } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { BodyForm } from "./body-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit article text" };

type Props = { params: Promise<{ id: string }> };

/** Corrects an article's text: a new version, and every quote re-anchored to it. */
export default async function EditArticleBodyPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("article:edit", `/desk/articles/${id}/edit`);
  const article = await getBodyForEditing(actor, id).catch(orNotFound);
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / <Link href={`/desk/articles/${id}`}>Article</Link> / Edit text
      </p>
      <h1>Edit article text</h1>
      <p className={txt.lede} dir="auto">
        {article.headline}
      </p>
      <p>
        Saving makes version {article.version.number + 1}. Earlier versions stay readable (
        <Link href={`/desk/articles/${id}/versions`}>versions</Link>). Quotes whose words are unchanged follow the text;
        the others wait for confirmation on the <Link href="/desk/reanchoring">re-anchoring page</Link>.
      </p>
      {article.isPublic && !article.pending && (
        <p className={noticeClass()}>
          A published claim quotes this article, so it is public: saving proposes a revision, which someone else
          reviews. The public reads the current text until it is approved.
        </p>
      )}
      {article.pending?.joinable && (
        <p className={noticeClass()}>
          Your revision of this article’s details is waiting for review (“
          <span dir="auto">{article.pending.reason}</span>
          ”). Saving adds this text to it, so the reviewer decides both together.
        </p>
      )}
      {article.pending && !article.pending.joinable ? (
        <p className={noticeClass()}>
          A revision by {article.pending.proposer.name} is waiting for review (“
          <span dir="auto">{article.pending.reason}</span>
          ”). It must be decided before another change; see the <Link href="/desk/reanchoring">re-anchoring page</Link>.
        </p>
      ) : (
        <BodyForm
          articleId={id}
          number={article.version.number}
          body={article.version.body}
          lang={article.language}
          dir={article.direction === "RTL" ? "rtl" : "ltr"}
        />
      )}
    </>
  );
}
