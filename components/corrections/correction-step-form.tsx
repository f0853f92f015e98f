"use client";

import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";
import { buttonClass } from "@/components/ui/button";
import { CountedTextarea } from "@/components/ui/counter";
import { fieldStyles } from "@/components/ui/field-parts";
import { useActionForm, type FormAction } from "@/components/use-action-form";

type Stepped = { state: "OPEN" | "ANSWERED" | "CLOSED" };
type Props = {
  requestId: string;
  /** The text field the action takes: "reply" to answer, "reason" to close. */
  name: "reply" | "reason";
  label: string;
  hint: string;
  maxLength: number;
  submitLabel: string;
  action: FormAction<Stepped>;
};

/**
 * Answer or close one correction request. Several sit on one page, so every id carries the
 * request's; the data layer's refusal (already answered by someone else) shows beside the field.
 */
export function CorrectionStepForm({ requestId, name, label, hint, maxLength, submitLabel, action }: Props) {
  const { state, pending, formProps } = useActionForm(action);
  const prefix = `${name}-${requestId}-`;
  const id = `${prefix}${name}`;
  const hintId = `${prefix}hint`;
  return (
    <form {...formProps} className={`${fieldStyles.form} correction-${name}-form`}>
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className={fieldStyles.field}>
        <label htmlFor={id} className={fieldStyles.label}>
          {label}
        </label>
        <span id={hintId} className={fieldStyles.hint}>
          {hint}
        </span>
        <CountedTextarea
          id={id}
          name={name}
          rows={3}
          dir="auto"
          maxLength={maxLength}
          counterId={`${prefix}count`}
          defaultValue={state.values?.[name] ?? ""}
          {...invalidProps(state, name, hintId, prefix)}
        />
        <FieldError state={state} name={name} prefix={prefix} />
      </div>
      <p>
        <button type="submit" className={buttonClass(name === "reply" ? "primary" : "secondary")} disabled={pending}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
