import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploader } from "@/components/desk/import/import-uploader";
import { listPendingImports } from "@/lib/articles/import/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import articles" };

export default async function ImportPage() {
  const actor = await requirePermission("article:import", "/desk/import");
  const pending = await listPendingImports(actor);
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / Import
      </p>
      <h1>Import articles</h1>
      <p className={txt.lede}>
        Upload captured pages or paste their text. Each import waits here until you confirm its details and trim the
        page furniture; the raw text is always kept. Imported articles stay internal until a published claim quotes
        them.
      </p>
      <ImportUploader />
      <section aria-labelledby="waiting">
        <h2 id="waiting">Waiting to be confirmed</h2>
        {pending.length === 0 ? (
          <p className={txt.muted}>Nothing is waiting.</p>
        ) : (
          <ul className={txt.stack}>
            {pending.map((p) => (
              <li key={p.id}>
                <Link href={`/desk/import/${p.id}`}>{p.headline ?? p.fileName ?? "Untitled import"}</Link>{" "}
                <span className={txt.meta}>
                  {p.fileName ?? "pasted text"}, by {p.by}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
