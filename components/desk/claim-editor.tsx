"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useActionState } from "react";
import { Field } from "@/components/field";
import { FieldError, invalidProps } from "@/components/form-bits";
import type { ActionState } from "@/lib/http/action";

export type ClaimFormValues = Record<string, string>;
type Option = { id: string; name: string };

type Props<T> = {
  action: (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  submitLabel: string;
  subjects: Option[];
  speakers: (Option & { description: string | null })[];
  /** Current values when editing; empty for a new claim. */
  initial?: ClaimFormValues;
  /** Hidden fields: claimId when editing, the selection when creating from an article. */
  hidden?: Record<string, string>;
};

/**
 * The claim editor: statement, subject and speaker (pick or create), when it was said, an
 * optional figure with its scope, and internal notes (staff-only). Publishing is a reviewed
 * proposal, not a field here. Every error shows beside its
 * field, and whatever was typed is kept when the server refuses it.
 */
export function ClaimEditor<T>({ action, submitLabel, subjects, speakers, initial = {}, hidden = {} }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, { ok: false });
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? "";
  const checked = (name: string) => (state.values ? state.values[name] === "on" : initial[name] === "on");
  return (
    <form
      action={formAction}
      className={`${fieldStyles.form} claim-editor`}
      noValidate
      key={state.values ? JSON.stringify(state.values) : "initial"}
    >
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {state.message && !state.ok && (
        <p role="alert" className={noticeClass("error")}>
          {state.message}
        </p>
      )}
      {state.ok && <p className={noticeClass("ok")}>Saved.</p>}

      <div className={fieldStyles.field}>
        <label htmlFor="statement">Claim, in one checkable sentence</label>
        <textarea
          id="statement"
          name="statement"
          rows={3}
          maxLength={400}
          defaultValue={value("statement")}
          {...invalidProps(state, "statement", "statement-hint")}
        />
        <span id="statement-hint" className={txt.meta}>
          At most 280 characters.
        </span>
        <FieldError state={state} name="statement" />
      </div>

      <fieldset>
        <legend>Subject</legend>
        <div className={fieldStyles.field}>
          <label htmlFor="subjectId">Existing subject</label>
          <select
            id="subjectId"
            name="subjectId"
            defaultValue={value("subjectId")}
            {...invalidProps(state, "subjectId")}
          >
            <option value="">— new subject (below) —</option>
            {subjects.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="subjectId" />
        </div>
        <Field name="newSubjectName" label="Or a new subject" state={state} defaultValue={initial.newSubjectName} />
      </fieldset>

      <fieldset>
        <legend>Who made the claim</legend>
        <div className={fieldStyles.field}>
          <label htmlFor="speakerId">Existing person or organization</label>
          <select id="speakerId" name="speakerId" defaultValue={value("speakerId")}>
            <option value="">— none, or new (below) —</option>
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.description ? ` (${s.description})` : ""}
              </option>
            ))}
          </select>
        </div>
        <Field
          name="newSpeakerName"
          label="Or a new speaker's name"
          state={state}
          defaultValue={initial.newSpeakerName}
        />
        <div className={fieldStyles.field}>
          <label htmlFor="newSpeakerKind">New speaker is a</label>
          <select id="newSpeakerKind" name="newSpeakerKind" defaultValue={value("newSpeakerKind") || "PERSON"}>
            <option value="PERSON">person</option>
            <option value="ORGANIZATION">organization</option>
          </select>
        </div>
        <Field
          name="newSpeakerDescription"
          label="How sources describe them"
          hint="e.g. security analyst"
          state={state}
          defaultValue={initial.newSpeakerDescription}
        />
      </fieldset>

      <fieldset>
        <legend>When it was said</legend>
        <Field
          name="stated"
          label="Date"
          hint="YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source"
          state={state}
          defaultValue={initial.stated}
        />
        <label className={fieldStyles.check}>
          <input type="checkbox" name="statedInferred" defaultChecked={checked("statedInferred")} /> Inferred from the
          text, not printed in it
        </label>
      </fieldset>

      <fieldset>
        <legend>Figure (optional)</legend>
        <label className={fieldStyles.check}>
          <input type="checkbox" name="hasQuantity" defaultChecked={checked("hasQuantity")} /> This claim states a
          figure
        </label>
        <div className={deskStyles.fieldRow}>
          <Field
            name="value"
            label="Value"
            hint="a single number"
            state={state}
            inputMode="decimal"
            defaultValue={initial.value}
          />
          <Field name="low" label="or low" state={state} inputMode="decimal" defaultValue={initial.low} />
          <Field name="high" label="to high" state={state} inputMode="decimal" defaultValue={initial.high} />
        </div>
        <Field name="unit" label="Unit" hint="e.g. fighters" state={state} defaultValue={initial.unit} />
        <Field
          name="measure"
          label="What it counts (measure)"
          hint="e.g. ISIS fighters in Iraq. Only figures of one measure are compared. Empty: a measure named after the unit."
          state={state}
          defaultValue={initial.measure}
        />
        <label className={fieldStyles.check}>
          <input type="checkbox" name="approximate" defaultChecked={checked("approximate")} /> Approximate (“about”, “an
          estimated”)
        </label>
        <Field
          name="asOf"
          label="True as of"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          state={state}
          defaultValue={initial.asOf}
        />
        <label className={fieldStyles.check}>
          <input type="checkbox" name="asOfInferred" defaultChecked={checked("asOfInferred")} /> As-of date inferred
        </label>
        <Field name="scopePlace" label="Where (scope)" state={state} defaultValue={initial.scopePlace} />
        <Field
          name="scopePopulation"
          label="Who or what is counted"
          state={state}
          defaultValue={initial.scopePopulation}
        />
        <Field name="scopeMethod" label="Method or basis" state={state} defaultValue={initial.scopeMethod} />
      </fieldset>

      <div className={fieldStyles.field}>
        <label htmlFor="internalNotes">Internal notes</label>
        <textarea id="internalNotes" name="internalNotes" rows={3} defaultValue={value("internalNotes")} />
      </div>

      <button type="submit" className={buttonClass()} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
