import deskStyles from "@/components/desk/desk.module.css";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getArticleRawText } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Raw text as imported" };

/** Staff only: the raw import keeps page furniture and whatever else the cleaned text leaves out. */
export default async function RawArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("read:internal", `/desk/articles/${id}/raw`);
  const article = await getArticleRawText(actor, id).catch(orNotFound);
  return (
    <>
      <p>
        <Link href={`/desk/articles/${article.id}`}>← Back to the article</Link>
      </p>
      <h1>Raw text as imported</h1>
      <p className={txt.lede}>
        “{article.headline}”, version {article.versionNumber}, exactly as captured, with the page furniture that the
        cleaned text leaves out.
      </p>
      <pre className={deskStyles.rawText}>{article.rawText}</pre>
    </>
  );
}
