"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { TextareaField } from "@/components/field";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import type { MetadataResult } from "@/lib/articles/mutations";
import { DETAILS_REASON_MAX } from "@/lib/articles/schemas";
import { METADATA_FIELD_LABELS, MetadataFields, type MetadataDefaults } from "./metadata-fields";

/** With `propose` (a public article) the change is a revision for review, with the editor's reason. */
type Props = { articleId: string; defaults: MetadataDefaults; action: FormAction<MetadataResult>; propose?: boolean };

const LABELS = { ...METADATA_FIELD_LABELS, reason: "Why (for the reviewer)" } as const;

const DONE = {
  applied: "Saved; the change is in the history below.",
  proposed:
    "Proposed for review: someone other than you decides it on the re-anchoring page. Readers see the current details until it is approved.",
  unchanged: "Nothing had changed.",
} as const;

export function MetadataForm({ articleId, defaults, action, propose = false }: Props) {
  const { state, pending, formProps, summaryRef } = useActionForm(action);
  return (
    <form {...formProps} className={fieldStyles.form}>
      <input type="hidden" name="articleId" value={articleId} />
      <ErrorSummary state={state} labels={LABELS} summaryRef={summaryRef} />
      {state.ok && state.data && (
        <p role="status" className={txt.muted}>
          {DONE[state.data.outcome]}
        </p>
      )}
      <MetadataFields state={state} defaults={defaults} />
      {propose && (
        <TextareaField name="reason" label={LABELS.reason} state={state} maxLength={DETAILS_REASON_MAX} rows={2} />
      )}
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        {propose ? "Propose for review" : "Save details"}
      </button>
    </form>
  );
}
