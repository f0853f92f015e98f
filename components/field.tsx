import type { ActionState } from "@/lib/http/action";

type Props = {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose error, if any, sits beside it and is announced with it. */
export function Field({ name, label, state, hint, defaultValue, ...input }: Props) {
  const errors = state.fieldErrors?.[name];
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <span id={hintId} className="meta">
          {hint}
        </span>
      )}
      <input
        id={name}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[errors ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {errors && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
