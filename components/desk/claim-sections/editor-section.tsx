import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import { ClaimEditor } from "@/components/desk/claim-editor";
import type { FormAction } from "@/components/desk/desk-actions";
import { toClaimFormValues } from "@/lib/claims/claim-form-values";
import type { listSubjectsAndSpeakers, StaffClaim } from "@/lib/claims/staff-queries";

type Props<T> = {
  claim: StaffClaim;
  /** The subjects and speakers to pick from, loaded by the page. */
  choices: Awaited<ReturnType<typeof listSubjectsAndSpeakers>>;
  update: FormAction<T>;
};

/**
 * The claim's own fields, in the shared claim editor (the same form that creates claims). Staff
 * edit the working version: the draft revision of a published claim, or the internal draft.
 */
export function EditorSection<T>({ claim, choices, update }: Props<T>) {
  if (claim.visibility === "WITHDRAWN") {
    return (
      <section aria-labelledby="edit" className={deskStyles.claimSection}>
        <h2 id="edit">Claim</h2>
        <p className={txt.muted}>This claim has been withdrawn; it can no longer be edited.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="edit" className={deskStyles.claimSection}>
      <h2 id="edit">Claim</h2>
      {claim.visibility === "PUBLIC" && (
        <p className={noticeClass()}>
          This claim is published. Changes you save here are held as a revision: the public page keeps the approved
          version until a reviewer who wrote none of the changes approves them. Internal notes apply at once.
        </p>
      )}
      {claim.pending && (
        <p className={noticeClass()} role="note">
          A proposal ({claim.pending.label.toLowerCase()}) is waiting for review. Saving a change to the claim makes it
          stale: it can then only be rejected and proposed again.
        </p>
      )}
      <ClaimEditor
        action={update}
        submitLabel={claim.visibility === "PUBLIC" ? "Save to the draft revision" : "Save claim"}
        subjects={choices.subjects}
        speakers={choices.speakers}
        initial={toClaimFormValues({ ...claim.working, internalNotes: claim.internalNotes }, claim.workingMeasureName)}
        hidden={{ claimId: claim.id }}
      />
    </section>
  );
}
