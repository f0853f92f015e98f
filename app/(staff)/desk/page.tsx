import type { Metadata } from "next";
import Link from "next/link";
import { PreciseDateText } from "@/components/precise-date";
import { listDeskArticles } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Desk" };

export default async function DeskPage() {
  const actor = await requirePermission("claim:create", "/desk");
  const articles = await listDeskArticles(actor);
  return (
    <>
      <h1>Desk</h1>
      <p className="meta">Imported articles, newest first, with the number of claims marked in each.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link href={`/articles/${a.id}`}>{a.headline}</Link>
              </th>
              <td>{a.outlet ?? "Unknown"}</td>
              <td>
                <PreciseDateText date={a.published} />
              </td>
              <td>{a.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
