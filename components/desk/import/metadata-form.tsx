"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState } from "react";
import { updateMetadataAction } from "@/app/(staff)/desk/articles/[id]/metadata/actions";
import { FormMessage } from "@/components/form-bits";
import { MetadataFields, type MetadataDefaults } from "./metadata-fields";

export function MetadataForm({ articleId, defaults }: { articleId: string; defaults: MetadataDefaults }) {
  const [state, action, pending] = useActionState(updateMetadataAction, { ok: false });
  const changed = state.ok ? (state.data?.changed.length ?? 0) : 0;
  return (
    <form action={action} className={fieldStyles.form} noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <FormMessage state={state} ok={changed ? "Saved; the change is in the history below." : "Nothing had changed."} />
      <MetadataFields state={state} defaults={defaults} />
      <button type="submit" className={buttonClass()} disabled={pending}>
        Save details
      </button>
    </form>
  );
}
