import { FieldError, invalidProps } from "@/components/form-bits";
import type { ActionState } from "@/lib/http/action";

type Props = {
  name: string;
  label: string;
  state: ActionState<unknown>;
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose error, if any, sits beside it and is announced with it. */
export function Field({ name, label, state, hint, defaultValue, ...input }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
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
        {...invalidProps(state, name, hintId)}
        {...input}
      />
      <FieldError state={state} name={name} />
    </div>
  );
}
