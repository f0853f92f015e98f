"use client";

import { useActionState } from "react";
import { decideStatusAction } from "@/app/(staff)/review/actions";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";

/**
 * Approve or reject, with a comment (required to reject). Refusals from the data layer
 * (already decided by someone else, claim changed since the proposal) show right here.
 */
export function DecisionForm({ reviewId }: { reviewId: string }) {
  const [state, formAction, pending] = useActionState(decideStatusAction, {
    ok: false,
  });
  const prefix = `decision-${reviewId}-`;
  return (
    <form action={formAction} className="form decision-form" noValidate key={JSON.stringify(state)}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <FormMessage state={state} ok="Decided." />
      <div className="field">
        <label htmlFor={`${prefix}comment`}>Comment</label>
        <textarea
          id={`${prefix}comment`}
          name="comment"
          rows={3}
          defaultValue={state.values?.comment ?? ""}
          {...invalidProps(state, "comment", `${prefix}hint`, prefix)}
        />
        <span id={`${prefix}hint`} className="meta">
          Required when you reject.
        </span>
        <FieldError state={state} name="comment" prefix={prefix} />
      </div>
      <div className="decision-buttons">
        <button type="submit" name="decision" value="APPROVED" className="button" disabled={pending}>
          Approve
        </button>
        <button type="submit" name="decision" value="REJECTED" className="button button-reject" disabled={pending}>
          Reject
        </button>
      </div>
    </form>
  );
}
