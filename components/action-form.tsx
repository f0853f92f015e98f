"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useActionForm, type FormAction } from "@/components/use-action-form";

export type ActionFormProps<T> = {
  action: FormAction<T>;
  submitLabel: string;
  successMessage?: string;
  className?: string;
  children?: React.ReactNode;
};

/** A small form around one server action: shows its refusal or success next to the button. */
export function ActionForm<T>({
  action,
  submitLabel,
  successMessage,
  className = fieldStyles.inline,
  children,
}: ActionFormProps<T>) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className={className}>
      {children}
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body>. */}
      <button type="submit" className={buttonClass("quiet")} aria-disabled={pending}>
        {submitLabel}
      </button>
      <span aria-live="polite">
        {state.message && !state.ok && (
          <span role="alert" className={fieldStyles.error}>
            {state.message}
          </span>
        )}
        {state.ok && successMessage && <span className={txt.muted}>{successMessage}</span>}
      </span>
    </form>
  );
}
