import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getArticleRawText } from "@/lib/articles/queries";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Raw text as imported" };

/** Staff only: the public gets a 404 here, as for any record it may not see. */
export default async function RawArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await getArticleRawText(await getActor(), (await params).id).catch(orNotFound);
  return (
    <>
      <p>
        <Link href={`/desk/articles/${article.id}`}>← Back to the article</Link>
      </p>
      <h1>Raw text as imported</h1>
      <p className="lede">
        “{article.headline}”, version {article.versionNumber}, exactly as captured, with the page furniture that the
        cleaned text leaves out.
      </p>
      <pre className="raw-text">{article.rawText}</pre>
    </>
  );
}
