"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { CheckboxField, Field, SelectField, TextareaField } from "@/components/field";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm, type FormAction, type FormState } from "@/components/use-action-form";
import { SPEAKER_KINDS } from "@/lib/enums";
import { SPEAKER_KIND_LABEL } from "@/lib/labels";
import { CLAIM_LIMITS as MAX } from "@/lib/claims/schemas";

export type ClaimFormValues = Record<string, string>;
type Option = { id: string; name: string };
type Choices = { subjects: Option[]; speakers: (Option & { description: string | null })[] };

type Props<T> = Choices & {
  action: FormAction<T>;
  submitLabel: string;
  /** Current values when editing; empty for a new claim. */
  initial?: ClaimFormValues;
  /** Hidden fields: claimId when editing, the selection when creating from an article. */
  hidden?: Record<string, string>;
};

/** Every field of the claim form (lib/claims/schemas.ts claimFormSchema) and its label. */
export const CLAIM_FIELD_LABELS = {
  statement: "Claim",
  subjectId: "Existing subject",
  newSubjectName: "Or a new subject",
  speakerId: "Existing person or organization",
  newSpeakerName: "Or a new speaker's name",
  newSpeakerKind: "New speaker is a",
  newSpeakerDescription: "How sources describe them",
  stated: "Date",
  statedInferred: "Inferred from the text",
  hasQuantity: "This claim states a figure",
  value: "Value",
  low: "or low",
  high: "to high",
  unit: "Unit",
  measure: "What it counts (measure)",
  approximate: "Approximate",
  asOf: "True as of",
  asOfInferred: "As-of date inferred",
  scopePlace: "Where (scope)",
  scopePopulation: "Who or what is counted",
  scopeMethod: "Method or basis",
  internalNotes: "Internal notes",
} as const;
const L = CLAIM_FIELD_LABELS;

/**
 * The claim editor: statement, subject and speaker (pick or create), when it was said, an
 * optional figure with its scope, and internal notes (staff-only). Publishing is a reviewed
 * proposal, not a field here. Every error shows beside its field and in the summary above, and
 * whatever was typed is kept when the server refuses it.
 */
export function ClaimEditor<T>({ action, submitLabel, initial = {}, hidden = {}, ...choices }: Props<T>) {
  const { state, pending, formProps, summaryRef } = useActionForm(action);
  return (
    <form {...formProps} className={`${fieldStyles.form} ${deskStyles.claimEditor} claim-editor`}>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <ErrorSummary state={state} labels={CLAIM_FIELD_LABELS} summaryRef={summaryRef} />
      {state.ok && (
        <p role="status" className={noticeClass("ok")}>
          Saved.
        </p>
      )}
      <ClaimEditorFields state={state} initial={initial} {...choices} />
      <button type="submit" className={buttonClass()} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

/** The fields alone, for a test that renders them with an error on every field. */
export function ClaimEditorFields({
  state,
  initial,
  subjects,
  speakers,
}: Choices & { state: FormState; initial: ClaimFormValues }) {
  const at = (name: keyof typeof L) => initial[name];
  const ticked = (name: keyof typeof L) => initial[name] === "on";
  return (
    <>
      <TextareaField
        name="statement"
        label="Claim, in one checkable sentence"
        rows={3}
        maxLength={MAX.statement}
        state={state}
        defaultValue={at("statement")}
      />

      <fieldset>
        <legend>Subject</legend>
        <SelectField name="subjectId" label={L.subjectId} state={state} defaultValue={at("subjectId") ?? ""}>
          <option value="">— new subject (below) —</option>
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <Field
          name="newSubjectName"
          label={L.newSubjectName}
          maxLength={MAX.newSubjectName}
          state={state}
          defaultValue={at("newSubjectName")}
        />
      </fieldset>

      <fieldset>
        <legend>Who made the claim</legend>
        <SelectField name="speakerId" label={L.speakerId} state={state} defaultValue={at("speakerId") ?? ""}>
          <option value="">— none, or new (below) —</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.description ? ` (${s.description})` : ""}
            </option>
          ))}
        </SelectField>
        <Field
          name="newSpeakerName"
          label={L.newSpeakerName}
          maxLength={MAX.newSpeakerName}
          state={state}
          defaultValue={at("newSpeakerName")}
        />
        <SelectField
          name="newSpeakerKind"
          label={L.newSpeakerKind}
          state={state}
          defaultValue={at("newSpeakerKind") || "PERSON"}
        >
          {SPEAKER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SPEAKER_KIND_LABEL[kind]}
            </option>
          ))}
        </SelectField>
        <Field
          name="newSpeakerDescription"
          label={L.newSpeakerDescription}
          hint="e.g. security analyst"
          maxLength={MAX.newSpeakerDescription}
          state={state}
          defaultValue={at("newSpeakerDescription")}
        />
      </fieldset>

      <fieldset>
        <legend>When it was said</legend>
        <Field
          name="stated"
          label={L.stated}
          hint="YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source"
          state={state}
          defaultValue={at("stated")}
        />
        <CheckboxField
          name="statedInferred"
          label="Inferred from the text, not printed in it"
          state={state}
          defaultChecked={ticked("statedInferred")}
        />
      </fieldset>

      <fieldset>
        <legend>Figure (optional)</legend>
        <CheckboxField name="hasQuantity" label={L.hasQuantity} state={state} defaultChecked={ticked("hasQuantity")} />
        <div className={deskStyles.fieldRow}>
          <Field
            name="value"
            label={L.value}
            hint="a single number"
            state={state}
            inputMode="decimal"
            defaultValue={at("value")}
          />
          <Field name="low" label={L.low} state={state} inputMode="decimal" defaultValue={at("low")} />
          <Field name="high" label={L.high} state={state} inputMode="decimal" defaultValue={at("high")} />
        </div>
        <Field
          name="unit"
          label={L.unit}
          hint="e.g. fighters"
          maxLength={MAX.unit}
          state={state}
          defaultValue={at("unit")}
        />
        <Field
          name="measure"
          label={L.measure}
          hint="e.g. ISIS fighters in Iraq. Only figures of one measure are compared. Empty: a measure named after the unit."
          maxLength={MAX.measure}
          state={state}
          defaultValue={at("measure")}
        />
        <CheckboxField
          name="approximate"
          label="Approximate (“about”, “an estimated”)"
          state={state}
          defaultChecked={ticked("approximate")}
        />
        <Field name="asOf" label={L.asOf} hint="YYYY, YYYY-MM or YYYY-MM-DD" state={state} defaultValue={at("asOf")} />
        <CheckboxField
          name="asOfInferred"
          label={L.asOfInferred}
          state={state}
          defaultChecked={ticked("asOfInferred")}
        />
        <Field
          name="scopePlace"
          label={L.scopePlace}
          maxLength={MAX.scopePlace}
          state={state}
          defaultValue={at("scopePlace")}
        />
        <Field
          name="scopePopulation"
          label={L.scopePopulation}
          maxLength={MAX.scopePopulation}
          state={state}
          defaultValue={at("scopePopulation")}
        />
        <Field
          name="scopeMethod"
          label={L.scopeMethod}
          maxLength={MAX.scopeMethod}
          state={state}
          defaultValue={at("scopeMethod")}
        />
      </fieldset>

      <TextareaField
        name="internalNotes"
        label={L.internalNotes}
        hint="Staff only; they apply at once."
        rows={3}
        maxLength={MAX.internalNotes}
        state={state}
        defaultValue={at("internalNotes")}
      />
    </>
  );
}
