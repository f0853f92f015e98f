import Link from "next/link";
import { claimRowStyles } from "@/components/claim-card";
import { PreciseDateText } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { formatQuantity } from "@/lib/claims/format";
import type { SearchResult } from "@/lib/search/queries";
import { searchHref, type ClaimSearchQuery } from "@/lib/search/schema";
import { MarkedText } from "./marked-text";
import styles from "./search.module.css";

/** One result: the claim's row with the matching words marked, and the quote that matched. */
export function SearchResultRow({ claim, query }: { claim: SearchResult; query: ClaimSearchQuery }) {
  const filter = (key: "subject" | "speaker", value: string) =>
    searchHref({ ...query, cursor: undefined, [key]: value });
  const { highlight } = claim;
  return (
    <article className={claimRowStyles.row}>
      <div className={claimRowStyles.status}>
        <StatusBadge status={claim.status} />
      </div>
      <div>
        <h3 className={claimRowStyles.statement} dir="auto">
          <Link href={`/claims/${claim.id}`}>
            <MarkedText segments={highlight.statement} />
          </Link>
        </h3>
        <p className={claimRowStyles.meta}>
          {claim.speaker && claim.speakerId ? (
            <Link
              className={styles.filterLink}
              href={filter("speaker", claim.speakerId)}
              dir="auto"
              title="Only claims by this speaker"
            >
              <MarkedText segments={highlight.speaker} />
            </Link>
          ) : (
            <span>No named speaker</span>
          )}
          {" · "}
          <PreciseDateText date={claim.stated} />
          {" · "}
          <Link
            className={styles.filterLink}
            href={filter("subject", claim.subjectId)}
            dir="auto"
            title="Only claims on this subject"
          >
            <MarkedText segments={highlight.subject} />
          </Link>
          {claim.quantity && (
            <>
              {" · "}
              <strong>{formatQuantity(claim.quantity)}</strong>
            </>
          )}
        </p>
        <p className={claimRowStyles.meta}>Sources: {claim.outlets.length ? claim.outlets.join(", ") : "none yet"}</p>
        {highlight.quote && (
          <blockquote className={styles.quote} dir="auto">
            <MarkedText segments={highlight.quote.text} />
            {highlight.quote.outlet && (
              <>
                {" — "}
                <cite dir="auto">{highlight.quote.outlet}</cite>
              </>
            )}
          </blockquote>
        )}
      </div>
    </article>
  );
}
