import Link from "next/link";
import { formatQuantity } from "@/lib/claims/format";
import type { ClaimSummary } from "@/lib/claims/queries";
import styles from "./claim-card.module.css";
import { PreciseDateText } from "./precise-date";
import { StatusBadge } from "./status-badge";

export { styles as claimRowStyles };

/** One claim in a list: status, statement, then who said it and when. Put it in a claimRowStyles.list. */
export function ClaimCard({ claim }: { claim: ClaimSummary }) {
  return (
    <article className={styles.row}>
      <div className={styles.status}>
        <StatusBadge status={claim.status} />
      </div>
      <div>
        <h3 className={styles.statement} dir="auto">
          <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
        </h3>
        <p className={styles.meta}>
          {claim.speaker ? <span>{claim.speaker.name}</span> : <span>No named speaker</span>}
          {" · "}
          <PreciseDateText date={claim.stated} />
          {" · "}
          <span>{claim.subject.name}</span>
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
