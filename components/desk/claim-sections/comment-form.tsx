"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState } from "react";
import { addCommentAction } from "@/app/(staff)/desk/actions";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";

/** A staff-only comment; it never reaches a public page. */
export function CommentForm({ claimId }: { claimId: string }) {
  const [state, formAction, pending] = useActionState(addCommentAction, {
    ok: false,
  });
  return (
    <form action={formAction} className={fieldStyles.form} noValidate key={state.ok ? "fresh" : JSON.stringify(state)}>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} ok="Comment added." />
      <div className={fieldStyles.field}>
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
      <button type="submit" className={buttonClass()} disabled={pending}>
        Add comment
      </button>
    </form>
  );
}
