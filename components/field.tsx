import { FieldError, invalidProps } from "@/components/form-bits";
import { CountedTextarea } from "@/components/ui/counter";
import { FieldFrame, fieldStyles } from "@/components/ui/field-parts";
import type { ActionState } from "@/lib/http/action";

type Common = { name: string; label: string; state: ActionState<unknown>; hint?: string };

/** A labelled input whose error, if any, sits beside it and is announced with it. */
export function Field({
  name,
  label,
  state,
  hint,
  defaultValue,
  ...input
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <FieldFrame
      htmlFor={name}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} />}
    >
      <input
        id={name}
        name={name}
        className={fieldStyles.control}
        defaultValue={state.values?.[name] ?? defaultValue}
        {...invalidProps(state, name, hintId)}
        {...input}
      />
    </FieldFrame>
  );
}

/** A labelled textarea; with maxLength it counts characters as the editor types. */
export function TextareaField({
  name,
  label,
  state,
  hint,
  defaultValue,
  maxLength,
  ...textarea
}: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const hintId = hint ? `${name}-hint` : undefined;
  const value = state.values?.[name] ?? defaultValue;
  const common = { id: name, name, ...invalidProps(state, name, hintId), ...textarea };
  return (
    <FieldFrame
      htmlFor={name}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} />}
    >
      {maxLength ? (
        <CountedTextarea {...common} defaultValue={value} maxLength={maxLength} counterId={`${name}-count`} />
      ) : (
        <textarea {...common} defaultValue={value} className={fieldStyles.control} />
      )}
    </FieldFrame>
  );
}

/** A labelled select. */
export function SelectField({
  name,
  label,
  state,
  hint,
  defaultValue,
  children,
  ...select
}: Common & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <FieldFrame
      htmlFor={name}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} />}
    >
      <select
        id={name}
        name={name}
        className={fieldStyles.control}
        defaultValue={state.values?.[name] ?? defaultValue}
        {...invalidProps(state, name, hintId)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label beside it, and its error below. */
export function CheckboxField({
  name,
  label,
  state,
  hint,
  ...input
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.check}>
        <input type="checkbox" name={name} {...invalidProps(state, name, hintId)} {...input} /> {label}
      </label>
      {hint && (
        <span id={hintId} className={fieldStyles.hint}>
          {hint}
        </span>
      )}
      <FieldError state={state} name={name} />
    </div>
  );
}
