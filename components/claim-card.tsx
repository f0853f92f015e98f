import Link from "next/link";
import { formatQuantity } from "@/lib/claims/format";
import type { ClaimSummary } from "@/lib/claims/queries";
import { PreciseDateText } from "./precise-date";
import { StatusBadge } from "./status-badge";

export function ClaimCard({ claim }: { claim: ClaimSummary }) {
  return (
    <article className="card claim-card">
      <StatusBadge status={claim.status} />
      <h3>
        <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
      </h3>
      <p className="meta">
        {claim.speaker ? <span>{claim.speaker.name}</span> : <span className="muted">No named speaker</span>}
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
      <p className="meta">Sources: {claim.outlets.length ? claim.outlets.join(", ") : "none yet"}</p>
    </article>
  );
}
