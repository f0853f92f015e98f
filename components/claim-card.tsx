import Link from "next/link";
import { formatQuantity } from "@/lib/claims/format";
import { claimPath, personPath, subjectPath } from "@/lib/claims/paths";
import type { ClaimSummary } from "@/lib/claims/queries";
import styles from "./claim-card.module.css";
import { PreciseDateText } from "./precise-date";
import { StatusBadge } from "./status-badge";

export { styles as claimRowStyles };

/** One claim in a list: status, statement, then who said it and when. Put it in a claimRowStyles.list. */
export function ClaimCard({
  claim,
  hide,
  level = 3,
}: {
  claim: ClaimSummary;
  /** A fact every claim of the list shares (a person's page need not repeat the speaker). */
  hide?: "speaker" | "subject";
  level?: 3 | 4;
}) {
  const Heading = level === 4 ? "h4" : "h3";
  return (
    <article className={styles.row}>
      <div className={styles.status}>
        <StatusBadge status={claim.status} />
      </div>
      <div>
        <Heading className={styles.statement} dir="auto">
          <Link href={claimPath(claim)}>{claim.statement}</Link>
        </Heading>
        <p className={styles.meta}>
          {hide !== "speaker" && (
            <>
              {claim.speaker ? (
                <Link href={personPath(claim.speaker)} dir="auto">
                  {claim.speaker.name}
                </Link>
              ) : (
                <span>No named speaker</span>
              )}
              {" · "}
            </>
          )}
          <PreciseDateText date={claim.stated} />
          {hide !== "subject" && (
            <>
              {" · "}
              <Link href={subjectPath(claim.subject)}>{claim.subject.name}</Link>
            </>
          )}
          {claim.quantity && (
            <>
              {" · "}
              <strong>{formatQuantity(claim.quantity)}</strong>
            </>
          )}
        </p>
        <p className={styles.meta}>Sources: {claim.outlets.length ? claim.outlets.join(", ") : "none yet"}</p>
      </div>
    </article>
  );
}
