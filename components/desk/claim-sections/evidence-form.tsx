"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useState } from "react";
import { useDeskActions } from "@/components/desk/desk-actions";
import { Field, TextareaField } from "@/components/field";
import { ErrorSummary, FieldError, invalidProps } from "@/components/form-bits";
import { useActionForm, type FormState } from "@/components/use-action-form";
import { EVIDENCE_LIMITS } from "@/lib/claims/schemas";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/lib/enums";
import type { FormResult } from "@/lib/http/action";
import { EVIDENCE_KIND_LABEL } from "@/lib/labels";
import { QuotePicker } from "./quote-picker";

const P = "evidence-";
/** Every field of evidenceInputSchema (all three kinds), and its label. */
export const EVIDENCE_FIELD_LABELS = {
  kind: "Kind of evidence",
  url: "Address of the page",
  title: "Title",
  archivedUrl: "Archived copy",
  archivedAt: "Archived on",
  quoteId: "Quote",
  note: "Note",
} as const;

/**
 * Adds evidence of one of three kinds. The kind radios and the quote picker sit outside the
 * <form> (the picker has its own search form, and forms cannot nest); the radios join the form
 * through their `form` attribute.
 */
export function EvidenceForm({ claimId }: { claimId: string }) {
  const { addEvidence } = useDeskActions();
  const [kind, setKind] = useState<EvidenceKind>("EXTERNAL_URL");
  const [quoteId, setQuoteId] = useState("");
  const { state, pending, formProps, summaryRef } = useActionForm(
    async (previous: FormResult<void> | undefined, form: FormData) => {
      const result = await addEvidence(previous, form);
      if (result.status === "success") setQuoteId("");
      return result;
    },
    { resetOnSuccess: true },
  );
  const formId = formProps.id;

  return (
    <div className={deskStyles.sectionForm}>
      <h3>Add evidence</h3>
      <fieldset id={`${P}kind`}>
        <legend>{EVIDENCE_FIELD_LABELS.kind}</legend>
        {EVIDENCE_KINDS.map((k) => (
          <label key={k} className={fieldStyles.check}>
            <input
              type="radio"
              form={formId}
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              {...invalidProps(state, "kind", undefined, P)}
            />
            {k === "QUOTE" ? "Quote of another claim" : EVIDENCE_KIND_LABEL[k]}
          </label>
        ))}
        <FieldError state={state} name="kind" prefix={P} />
      </fieldset>
      {kind === "QUOTE" && <QuotePicker claimId={claimId} quoteId={quoteId} onChange={setQuoteId} />}
      <form {...formProps} className={fieldStyles.form}>
        <input type="hidden" name="claimId" value={claimId} />
        <ErrorSummary state={state} labels={EVIDENCE_FIELD_LABELS} summaryRef={summaryRef} prefix={P} />
        {state.ok && (
          <p role="status" className={txt.muted}>
            Evidence added.
          </p>
        )}
        <EvidenceFields state={state} kind={kind} quoteId={quoteId} />
        <button type="submit" className={buttonClass()} aria-disabled={pending}>
          Add evidence
        </button>
      </form>
    </div>
  );
}

export function EvidenceFields({ state, kind, quoteId }: { state: FormState; kind: EvidenceKind; quoteId: string }) {
  return (
    <>
      {kind === "EXTERNAL_URL" && (
        <>
          <Field
            name="url"
            label={EVIDENCE_FIELD_LABELS.url}
            type="url"
            hint="Full http(s):// address"
            state={state}
            prefix={P}
          />
          <Field
            name="title"
            label={EVIDENCE_FIELD_LABELS.title}
            maxLength={EVIDENCE_LIMITS.title}
            state={state}
            prefix={P}
          />
          <Field
            name="archivedUrl"
            label={EVIDENCE_FIELD_LABELS.archivedUrl}
            type="url"
            hint="e.g. a web.archive.org address"
            state={state}
            prefix={P}
          />
          <Field
            name="archivedAt"
            label={EVIDENCE_FIELD_LABELS.archivedAt}
            type="date"
            hint="YYYY-MM-DD"
            state={state}
            prefix={P}
          />
        </>
      )}
      {kind === "QUOTE" && (
        <>
          <input type="hidden" name="quoteId" value={quoteId} />
          <p id={`${P}quoteId`} tabIndex={-1} className={txt.meta}>
            {quoteId ? "A quote is chosen." : "Choose a quote above."}
          </p>
          <FieldError state={state} name="quoteId" prefix={P} />
        </>
      )}
      <TextareaField
        name="note"
        label={kind === "NOTE" ? "Note" : "Note (optional)"}
        rows={3}
        maxLength={EVIDENCE_LIMITS.note}
        state={state}
        prefix={P}
      />
    </>
  );
}
