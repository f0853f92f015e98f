"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useActionState, useId, useState } from "react";
import { addEvidenceAction } from "@/app/(staff)/desk/actions";
import type { ActionState } from "@/lib/http/action";
import { EVIDENCE_KIND_LABEL } from "./evidence-summary";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";
import { QuotePicker } from "./quote-picker";

type Kind = keyof typeof EVIDENCE_KIND_LABEL;

/**
 * Adds evidence of one of three kinds. The kind radios and the quote picker sit outside the
 * <form> (the picker has its own search form, and forms cannot nest); the radios join the form
 * through their `form` attribute.
 */
export function EvidenceForm({ claimId }: { claimId: string }) {
  const formId = useId();
  const [kind, setKind] = useState<Kind>("EXTERNAL_URL");
  const [quoteId, setQuoteId] = useState("");
  const [state, formAction, pending] = useActionState(
    async (previous: ActionState<void>, form: FormData) => {
      const result = await addEvidenceAction(previous, form);
      if (result.ok) setQuoteId("");
      return result;
    },
    { ok: false },
  );
  const value = (name: string) => state.values?.[name] ?? "";
  const text = (name: string, label: string, type = "text", hint?: string) => (
    <div className={fieldStyles.field}>
      <label htmlFor={`evidence-${name}`}>{label}</label>
      {hint && (
        <span id={`evidence-${name}-hint`} className={txt.meta}>
          {hint}
        </span>
      )}
      <input
        id={`evidence-${name}`}
        name={name}
        type={type}
        defaultValue={value(name)}
        {...invalidProps(state, name, hint ? `evidence-${name}-hint` : undefined, "evidence-")}
      />
      <FieldError state={state} name={name} prefix="evidence-" />
    </div>
  );

  return (
    <div className={deskStyles.sectionForm}>
      <h3>Add evidence</h3>
      <fieldset>
        <legend>Kind of evidence</legend>
        {(Object.keys(EVIDENCE_KIND_LABEL) as Kind[]).map((k) => (
          <label key={k} className={fieldStyles.check}>
            <input type="radio" form={formId} name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === "QUOTE" ? "Quote of another claim" : EVIDENCE_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      {kind === "QUOTE" && <QuotePicker claimId={claimId} quoteId={quoteId} onChange={setQuoteId} />}
      <form
        id={formId}
        action={formAction}
        className={fieldStyles.form}
        noValidate
        key={state.ok ? "fresh" : JSON.stringify(state)}
      >
        <input type="hidden" name="claimId" value={claimId} />
        <FormMessage state={state} ok="Evidence added." />
        {kind === "EXTERNAL_URL" && (
          <>
            {text("url", "Address of the page", "url", "Full http(s):// address")}
            {text("title", "Title")}
            {text("archivedUrl", "Archived copy", "url", "e.g. a web.archive.org address")}
            {text("archivedAt", "Archived on", "date", "YYYY-MM-DD")}
          </>
        )}
        {kind === "QUOTE" && (
          <>
            <input type="hidden" name="quoteId" value={quoteId} />
            <FieldError state={state} name="quoteId" prefix="evidence-" />
          </>
        )}
        <div className={fieldStyles.field}>
          <label htmlFor="evidence-note">{kind === "NOTE" ? "Note" : "Note (optional)"}</label>
          <textarea
            id="evidence-note"
            name="note"
            rows={3}
            defaultValue={value("note")}
            {...invalidProps(state, "note", undefined, "evidence-")}
          />
          <FieldError state={state} name="note" prefix="evidence-" />
        </div>
        <button type="submit" className={buttonClass()} disabled={pending}>
          Add evidence
        </button>
      </form>
    </div>
  );
}
