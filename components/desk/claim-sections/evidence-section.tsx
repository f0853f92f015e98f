import deskStyles from "@/components/desk/desk.module.css";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { EvidenceLink } from "@/components/evidence-link";
import { Timestamp } from "@/components/precise-date";
import { PendingTag } from "@/components/change-list";
import type { StaffClaim } from "@/lib/claims/staff-queries";
import { EvidenceForm } from "./evidence-form";
import { EVIDENCE_KIND_LABEL } from "./evidence-summary";

/** What a status decision can rest on; proposals cite items from this list. */
export function EvidenceSection({ claim }: { claim: StaffClaim }) {
  return (
    <section aria-labelledby="evidence" className={deskStyles.claimSection}>
      <h2 id="evidence">Evidence</h2>
      {claim.evidence.length === 0 && <p className={txt.muted}>No evidence yet.</p>}
      <ul className={txt.stack}>
        {claim.evidence.map((e) => (
          <li key={e.id} className={cardClass}>
            <PendingTag change={e.pendingChange} />
            <p className={txt.meta}>
              <strong>{EVIDENCE_KIND_LABEL[e.kind]}</strong> · <Timestamp at={e.createdAt} />
            </p>
            {e.url && (
              <EvidenceLink url={e.url} title={e.title} archivedUrl={e.archivedUrl} archivedAt={e.archivedAt} />
            )}
            {e.quote && (
              <>
                <blockquote dir="auto">{e.quote.exact}</blockquote>
                <p className={txt.meta}>
                  Quoted for <Link href={`/desk/claims/${e.quote.claimId}`}>another claim</Link>
                </p>
              </>
            )}
            {e.note && <p>{e.note}</p>}
          </li>
        ))}
      </ul>
      {claim.visibility !== "WITHDRAWN" && <EvidenceForm claimId={claim.id} />}
    </section>
  );
}
