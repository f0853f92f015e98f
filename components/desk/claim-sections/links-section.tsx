import deskStyles from "@/components/desk/desk.module.css";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { DeskActionForm } from "@/components/desk/desk-actions";
import { StatusBadge } from "@/components/status-badge";
import { LINK_LABEL } from "@/lib/claims/format";
import { PendingTag } from "@/components/change-list";
import type { StaffClaim } from "@/lib/claims/staff-queries";
import { LinkForm } from "./link-form";

/** Links in both directions: one made from the other claim shows here as "… by". */
export function LinksSection({ claim }: { claim: StaffClaim }) {
  return (
    <section aria-labelledby="links" className={deskStyles.claimSection}>
      <h2 id="links">Linked claims</h2>
      {claim.links.length === 0 && <p className={txt.muted}>Not linked to any other claim.</p>}
      <ul className={txt.stack}>
        {claim.links.map((l) => (
          <li key={l.id} className={cardClass}>
            <PendingTag change={l.pendingChange} />
            <p className={txt.meta}>
              <strong>{LINK_LABEL[l.type][l.direction]}</strong>
            </p>
            <StatusBadge status={l.other.status} /> <Link href={`/desk/claims/${l.other.id}`}>{l.other.statement}</Link>
            {l.other.visibility !== "PUBLIC" && <span className={txt.meta}> ({l.other.visibility.toLowerCase()})</span>}
            {l.note && <p>{l.note}</p>}
            {l.pendingChange !== "REMOVE" && claim.visibility !== "WITHDRAWN" && (
              <DeskActionForm use="unlinkClaims" submitLabel="Unlink">
                <input type="hidden" name="linkId" value={l.id} />
                <input type="hidden" name="claimId" value={claim.id} />
              </DeskActionForm>
            )}
          </li>
        ))}
      </ul>
      {claim.visibility !== "WITHDRAWN" && <LinkForm claimId={claim.id} />}
    </section>
  );
}
