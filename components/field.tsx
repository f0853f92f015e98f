import { FieldError, invalidProps } from "@/components/form-bits";
import { CountedInput, CountedTextarea } from "@/components/ui/counter";
import { FieldFrame, fieldStyles } from "@/components/ui/field-parts";
import type { FormState } from "@/components/use-action-form";

type Common = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  /** Keeps ids unique when two forms on a page have a field of the same name ("note"). */
  prefix?: string;
};

/**
 * A labelled input whose error, if any, sits beside it and is announced with it; with maxLength
 * (the schema's limit) it takes no more and counts characters as the editor types.
 */
export function Field({
  name,
  label,
  state,
  hint,
  defaultValue,
  maxLength,
  prefix = "",
  ...input
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const id = `${prefix}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name,
    defaultValue: state.values?.[name] ?? defaultValue,
    ...invalidProps(state, name, hintId, prefix),
    ...input,
  };
  return (
    <FieldFrame
      htmlFor={id}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} prefix={prefix} />}
    >
      {maxLength ? (
        <CountedInput {...common} maxLength={maxLength} counterId={`${id}-count`} />
      ) : (
        <input {...common} className={fieldStyles.control} />
      )}
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
  prefix = "",
  ...textarea
}: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = `${prefix}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const value = state.values?.[name] ?? defaultValue;
  const common = { id, name, ...invalidProps(state, name, hintId, prefix), ...textarea };
  return (
    <FieldFrame
      htmlFor={id}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} prefix={prefix} />}
    >
      {maxLength ? (
        <CountedTextarea {...common} defaultValue={value} maxLength={maxLength} counterId={`${id}-count`} />
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
  prefix = "",
  ...select
}: Common & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const id = `${prefix}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <FieldFrame
      htmlFor={id}
      label={label}
      hint={hint}
      hintId={hintId}
      after={<FieldError state={state} name={name} prefix={prefix} />}
    >
      <select
        id={id}
        name={name}
        className={fieldStyles.control}
        defaultValue={state.values?.[name] ?? defaultValue}
        {...invalidProps(state, name, hintId, prefix)}
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
  defaultChecked,
  ...input
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.check}>
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={state.values ? state.values[name] === "on" : defaultChecked}
          {...invalidProps(state, name, hintId)}
          {...input}
        />{" "}
        {label}
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
