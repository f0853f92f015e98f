import Link from "next/link";
import type { ClaimSummary } from "@/lib/claims/queries";
import type { TimelinePage } from "@/lib/claims/timeline";
import { ClaimCard, claimRowStyles } from "./claim-card";

/**
 * A page of claims over time (a person's, a subject's), newest first under a heading per year, and
 * a link to the next (earlier) keyset page. `earlierPath` makes that page's URL from a cursor.
 */
export function ClaimTimeline({
  page,
  earlierPath,
  hide,
}: {
  page: TimelinePage;
  earlierPath: (cursor: string) => string;
  /** Facts every claim shares on this page (the person's page need not repeat the speaker). */
  hide?: "speaker" | "subject";
}) {
  const years = new Map<string, ClaimSummary[]>();
  for (const c of page.items) {
    const year = c.stated ? String(c.stated.on.getUTCFullYear()) : "Date unknown";
    years.set(year, [...(years.get(year) ?? []), c]);
  }
  return (
    <>
      {[...years].map(([year, claims]) => (
        <section key={year} aria-label={year}>
          <h3>{year}</h3>
          <ul className={claimRowStyles.list}>
            {claims.map((c) => (
              <li key={c.id}>
                <ClaimCard claim={c} hide={hide} level={4} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {page.next && (
        <p>
          <Link href={earlierPath(page.next)}>Earlier claims →</Link>
        </p>
      )}
    </>
  );
}
