"use client";

import { useActionState } from "react";
import { addCommentAction } from "@/app/(staff)/desk/actions";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";

/** A staff-only comment; it never reaches a public page. */
export function CommentForm({ claimId }: { claimId: string }) {
  const [state, formAction, pending] = useActionState(addCommentAction, {
    ok: false,
  });
  return (
    <form action={formAction} className="form" noValidate key={state.ok ? "fresh" : JSON.stringify(state)}>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} ok="Comment added." />
      <div className="field">
        <label htmlFor="comment-body">Comment (staff only)</label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          defaultValue={state.values?.body ?? ""}
          {...invalidProps(state, "body", undefined, "comment-")}
        />
        <FieldError state={state} name="body" prefix="comment-" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Add comment
      </button>
    </form>
  );
}
