import { updateClaimAction } from "@/app/(staff)/desk/actions";
import { ClaimEditor } from "@/components/desk/claim-editor";
import type { Actor } from "@/lib/auth/actor";
import { toClaimFormValues } from "@/lib/claims/claim-form-values";
import { listSubjectsAndSpeakers, type StaffClaim } from "@/lib/claims/staff-queries";

/** The claim's own fields, in the shared claim editor (the same form that creates claims). */
export async function EditorSection({ claim, actor }: { claim: StaffClaim; actor: Actor }) {
  const { subjects, speakers } = await listSubjectsAndSpeakers(actor);
  return (
    <section aria-labelledby="edit" className="claim-section">
      <h2 id="edit">Claim</h2>
      <ClaimEditor
        action={updateClaimAction}
        submitLabel="Save claim"
        subjects={subjects}
        speakers={speakers}
        initial={toClaimFormValues(claim)}
        hidden={{ claimId: claim.id }}
      />
    </section>
  );
}
