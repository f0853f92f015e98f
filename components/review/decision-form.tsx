"use client";

import reviewStyles from "@/components/review/review.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useActionState } from "react";
import { decideProposalAction } from "@/app/(staff)/review/actions";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";
import type { ActionState } from "@/lib/http/action";
import type { Decision } from "@/lib/enums";

type Props = {
  reviewId: string;
  /** The claim changed since the proposal: it can only be rejected. */
  stale: boolean;
  needsPublicSummary: boolean;
  /** "Does the status still hold?" for a revision of a corroborated or conflicting claim. */
  asksWhetherStatusHolds: string | null;
};

/**
 * Approve or reject. Approving something the public will see asks for a public summary; rejecting
 * asks for a staff comment. Refusals from the data layer show right here, beside their field.
 */
export function DecisionForm({ reviewId, stale, needsPublicSummary, asksWhetherStatusHolds }: Props) {
  const [state, formAction, pending] = useActionState(decideProposalAction, { ok: false } as ActionState<{
    state: Decision;
  }>);
  const p = `decision-${reviewId}-`;
  return (
    <form action={formAction} className={`${fieldStyles.form} decision-form`} noValidate key={JSON.stringify(state)}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <FormMessage state={state} ok="Decided." />
      {!stale && asksWhetherStatusHolds && (
        <fieldset {...invalidProps(state, "statusHolds", undefined, p)}>
          <legend>Does “{asksWhetherStatusHolds}” still hold after this change?</legend>
          <label className={fieldStyles.check}>
            <input type="radio" name="statusHolds" value="yes" defaultChecked={state.values?.statusHolds === "yes"} />{" "}
            Yes, it still holds
          </label>
          <label className={fieldStyles.check}>
            <input type="radio" name="statusHolds" value="no" defaultChecked={state.values?.statusHolds === "no"} /> No,
            return it to unverified
          </label>
          <FieldError state={state} name="statusHolds" prefix={p} />
        </fieldset>
      )}
      {!stale && needsPublicSummary && (
        <div className={fieldStyles.field}>
          <label htmlFor={`${p}publicSummary`}>Public summary</label>
          <textarea
            id={`${p}publicSummary`}
            name="publicSummary"
            rows={2}
            maxLength={1000}
            defaultValue={state.values?.publicSummary ?? ""}
            {...invalidProps(state, "publicSummary", `${p}summary-hint`, p)}
          />
          <span id={`${p}summary-hint`} className={txt.meta}>
            Required to approve: readers see it in the claim&apos;s history.
          </span>
          <FieldError state={state} name="publicSummary" prefix={p} />
        </div>
      )}
      <div className={fieldStyles.field}>
        <label htmlFor={`${p}comment`}>Comment (staff only)</label>
        <textarea
          id={`${p}comment`}
          name="comment"
          rows={2}
          maxLength={4000}
          defaultValue={state.values?.comment ?? ""}
          {...invalidProps(state, "comment", `${p}hint`, p)}
        />
        <span id={`${p}hint`} className={txt.meta}>
          Required when you reject.
        </span>
        <FieldError state={state} name="comment" prefix={p} />
      </div>
      <div className={reviewStyles.decisionButtons}>
        {!stale && (
          <button type="submit" name="decision" value="APPROVED" className={buttonClass()} disabled={pending}>
            Approve
          </button>
        )}
        <button type="submit" name="decision" value="REJECTED" className={buttonClass("danger")} disabled={pending}>
          Reject
        </button>
      </div>
    </form>
  );
}
