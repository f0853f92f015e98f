"use client";

import reviewStyles from "@/components/review/review.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { TextareaField } from "@/components/field";
import { ErrorSummary, FieldError, invalidProps } from "@/components/form-bits";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import { DECISION_LIMITS } from "@/lib/claims/schemas";
import type { Decision } from "@/lib/enums";

export type DecideAction = FormAction<{ state: Decision }>;

/** Every field of decisionFormSchema the reviewer fills, and its label. */
export const DECISION_FIELD_LABELS = {
  decision: "Decision",
  statusHolds: "Does the status still hold",
  publicSummary: "Public summary",
  comment: "Comment",
} as const;

type Props = {
  reviewId: string;
  /** The claim changed since the proposal: it can only be rejected. */
  stale: boolean;
  needsPublicSummary: boolean;
  /** "Does the status still hold?" for a revision of a corroborated or conflicting claim. */
  asksWhetherStatusHolds: string | null;
  decide: DecideAction;
};

/**
 * Approve or reject. Approving something the public will see asks for a public summary; rejecting
 * asks for a staff comment. Refusals from the data layer show right here, beside their field.
 */
export function DecisionForm({ reviewId, stale, needsPublicSummary, asksWhetherStatusHolds, decide }: Props) {
  const { state, pending, formProps, summaryRef } = useActionForm(decide);
  const p = `decision-${reviewId}-`;
  return (
    <form {...formProps} className={`${fieldStyles.form} decision-form`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <ErrorSummary state={state} labels={DECISION_FIELD_LABELS} summaryRef={summaryRef} prefix={p} />
      {state.ok && (
        <p role="status" className={txt.muted}>
          Decided.
        </p>
      )}
      <FieldError state={state} name="decision" prefix={p} />
      {!stale && asksWhetherStatusHolds && (
        <fieldset id={`${p}statusHolds`} {...invalidProps(state, "statusHolds", undefined, p)}>
          <legend>Does “{asksWhetherStatusHolds}” still hold after this change?</legend>
          <label className={fieldStyles.check}>
            <input type="radio" name="statusHolds" value="yes" {...invalidProps(state, "statusHolds", undefined, p)} />{" "}
            Yes, it still holds
          </label>
          <label className={fieldStyles.check}>
            <input type="radio" name="statusHolds" value="no" {...invalidProps(state, "statusHolds", undefined, p)} />{" "}
            No, return it to unverified
          </label>
          <FieldError state={state} name="statusHolds" prefix={p} />
        </fieldset>
      )}
      {!stale && needsPublicSummary && (
        <TextareaField
          name="publicSummary"
          label="Public summary"
          hint="Required to approve: readers see it in the claim's history."
          rows={2}
          maxLength={DECISION_LIMITS.publicSummary}
          state={state}
          prefix={p}
        />
      )}
      <TextareaField
        name="comment"
        label="Comment (staff only)"
        hint="Required when you reject."
        rows={2}
        maxLength={DECISION_LIMITS.comment}
        state={state}
        prefix={p}
      />
      <div className={reviewStyles.decisionButtons}>
        {!stale && (
          <button type="submit" name="decision" value="APPROVED" className={buttonClass()} aria-disabled={pending}>
            Approve
          </button>
        )}
        <button
          type="submit"
          name="decision"
          value="REJECTED"
          className={buttonClass("danger")}
          aria-disabled={pending}
        >
          Reject
        </button>
      </div>
    </form>
  );
}
