import type { Metadata } from "next";
import Link from "next/link";
import txt from "@/components/ui/text.module.css";
import { subjectPath } from "@/lib/claims/paths";
import { listPublicSubjects } from "@/lib/subjects/queries";
import styles from "../public.module.css";

// Rendered per request like /claims (its query string holds the page); one indexed statement.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Subjects",
  description: "Every subject with published claims, each with its figures charted over time.",
};

type Props = { searchParams: Promise<{ after?: string | string[] }> };

export default async function SubjectsPage({ searchParams }: Props) {
  const after = (await searchParams).after;
  const page = await listPublicSubjects(typeof after === "string" ? after : undefined);
  return (
    <article className={styles.story}>
      <h1>Subjects</h1>
      <p className={txt.lede}>What the claims are about. Each subject page charts its figures over time.</p>
      {page.items.length === 0 ? (
        <p className={txt.muted}>No subjects here.</p>
      ) : (
        <ul className={styles.plainList}>
          {page.items.map((s) => (
            <li key={s.slug}>
              <Link href={subjectPath(s)} dir="auto">
                <strong>{s.name}</strong>
              </Link>{" "}
              <span className={txt.muted}>
                ({s.claimCount} {s.claimCount === 1 ? "claim" : "claims"})
              </span>
              {s.description && (
                <p className={txt.meta} dir="auto">
                  {s.description}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.pager}>
        {after && <Link href="/subjects">← First subjects</Link>}
        {page.next && <Link href={`/subjects?after=${encodeURIComponent(page.next)}`}>More subjects →</Link>}
      </p>
    </article>
  );
}
