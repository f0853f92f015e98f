import { Table } from "@/components/ui/table";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { ArticleFilters } from "@/components/desk/article-filters";
import { PreciseDateText } from "@/components/precise-date";
import { listDeskArticles, listDeskOutlets } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { counted } from "@/lib/text/plural";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Desk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function DeskPage({ searchParams }: Props) {
  const actor = await requirePermission("claim:create", "/desk");
  const params = await searchParams;
  // The filter was once called "unreviewed": old bookmarks land on the same filter under its new name.
  if (params.unreviewed !== undefined) {
    const query = new URLSearchParams();
    const outlet = first(params.outlet);
    if (outlet) query.set("outlet", outlet);
    query.set("unverified", "1");
    permanentRedirect(`/desk?${query}`);
  }
  const outletId = first(params.outlet);
  // Any value counts as "on": a checkbox sends its value only when ticked.
  const unverified = first(params.unverified) !== undefined;
  const [articles, outlets] = await Promise.all([
    listDeskArticles(actor, { outletId, unverified }),
    listDeskOutlets(actor),
  ]);
  return (
    <>
      <h1>Desk</h1>
      <p className={txt.meta}>
        Imported articles, newest first, with the claims marked in each. Open one to select passages and quote them.{" "}
        <Link href="/desk/claims">Every claim</Link>, quoted or not, is in the claims list.
      </p>
      <ArticleFilters outlets={outlets} outletId={outletId} unverified={unverified} />
      <p className={txt.meta} role="status">
        {outletId || unverified
          ? `${counted(articles.length, "article matches", "articles match")} the filters.`
          : `${counted(articles.length, "article")}.`}
      </p>
      {articles.length > 0 && (
        <Table label="Articles">
          <caption className="visually-hidden">Articles</caption>
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Unverified</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/desk/articles/${a.id}`} dir="auto">
                    {a.headline}
                  </Link>
                </th>
                <td dir="auto">{a.outlet ?? "Unknown"}</td>
                <td>
                  <PreciseDateText date={a.published} />
                </td>
                <td>{a.claimCount}</td>
                <td>{a.unverifiedCount}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
