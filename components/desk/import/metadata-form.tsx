"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import { METADATA_FIELD_LABELS, MetadataFields, type MetadataDefaults } from "./metadata-fields";

type Props = { articleId: string; defaults: MetadataDefaults; action: FormAction<{ changed: string[] }> };

export function MetadataForm({ articleId, defaults, action }: Props) {
  const { state, pending, formProps, summaryRef } = useActionForm(action);
  const changed = state.ok ? (state.data?.changed.length ?? 0) : 0;
  return (
    <form {...formProps} className={fieldStyles.form}>
      <input type="hidden" name="articleId" value={articleId} />
      <ErrorSummary state={state} labels={METADATA_FIELD_LABELS} summaryRef={summaryRef} />
      {state.ok && (
        <p role="status" className={txt.muted}>
          {changed ? "Saved; the change is in the history below." : "Nothing had changed."}
        </p>
      )}
      <MetadataFields state={state} defaults={defaults} />
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        Save details
      </button>
    </form>
  );
}
