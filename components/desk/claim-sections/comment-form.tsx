"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useDeskActions } from "@/components/desk/desk-actions";
import { TextareaField } from "@/components/field";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm } from "@/components/use-action-form";
import { COMMENT_LIMIT } from "@/lib/claims/schemas";

const P = "comment-";
export const COMMENT_FIELD_LABELS = { body: "Comment" } as const;

/** A staff-only comment; it never reaches a public page. */
export function CommentForm({ claimId }: { claimId: string }) {
  const { addComment } = useDeskActions();
  const { state, pending, formProps, summaryRef } = useActionForm(addComment, { resetOnSuccess: true });
  return (
    <form {...formProps} className={fieldStyles.form}>
      <input type="hidden" name="claimId" value={claimId} />
      <ErrorSummary state={state} labels={COMMENT_FIELD_LABELS} summaryRef={summaryRef} prefix={P} />
      {state.ok && (
        <p role="status" className={txt.muted}>
          Comment added.
        </p>
      )}
      <TextareaField
        name="body"
        label="Comment (staff only)"
        rows={3}
        maxLength={COMMENT_LIMIT}
        state={state}
        prefix={P}
      />
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        Add comment
      </button>
    </form>
  );
}
