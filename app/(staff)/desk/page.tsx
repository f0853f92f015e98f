import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/desk/article-filters";
import { PreciseDateText } from "@/components/precise-date";
import { listDeskArticles, listDeskOutlets } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Desk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function DeskPage({ searchParams }: Props) {
  const actor = await requirePermission("claim:create", "/desk");
  const params = await searchParams;
  const outletId = first(params.outlet);
  // Any value counts as "on": a checkbox sends its value only when ticked.
  const unreviewed = first(params.unreviewed) !== undefined;
  const [articles, outlets] = await Promise.all([
    listDeskArticles(actor, { outletId, unreviewed }),
    listDeskOutlets(actor),
  ]);
  return (
    <>
      <h1>Desk</h1>
      <p className={txt.meta}>
        Imported articles, newest first, with the claims marked in each. Open one to select passages and quote them.
      </p>
      <ArticleFilters outlets={outlets} outletId={outletId} unreviewed={unreviewed} />
      <p className={txt.meta} role="status">
        {articles.length} {articles.length === 1 ? "article" : "articles"}
        {outletId || unreviewed ? " match the filters" : ""}.
      </p>
      {articles.length > 0 && (
        <table>
          <caption className="visually-hidden">Articles</caption>
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Unreviewed</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/desk/articles/${a.id}`}>{a.headline}</Link>
                </th>
                <td>{a.outlet ?? "Unknown"}</td>
                <td>
                  <PreciseDateText date={a.published} />
                </td>
                <td>{a.claimCount}</td>
                <td>{a.unreviewedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
