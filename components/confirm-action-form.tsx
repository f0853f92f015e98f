"use client";

import { Close } from "@radix-ui/react-dialog";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { fieldStyles } from "@/components/ui/field-parts";

export type ConfirmActionFormProps<T> = {
  action: FormAction<T>;
  /** The button that opens the confirmation ("Discard these changes"). */
  triggerLabel: string;
  title: string;
  description: React.ReactNode;
  /** The dialog's button that does it ("Discard"). */
  confirmLabel: string;
  children?: React.ReactNode;
};

/**
 * ActionForm for what cannot be undone: its button opens a confirmation dialog, whose confirm
 * button submits the form (the dialog renders outside it, in a portal). Cancel, Escape or a click
 * outside leave everything as it was.
 */
export function ConfirmActionForm<T>({
  action,
  triggerLabel,
  title,
  description,
  confirmLabel,
  children,
}: ConfirmActionFormProps<T>) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className={fieldStyles.inline}>
      {children}
      <ConfirmDialog
        trigger={
          // aria-disabled, not disabled: the dialog hands focus back to this button, and a disabled one drops it.
          <button type="button" className={buttonClass("quiet")} aria-disabled={pending}>
            {triggerLabel}
          </button>
        }
        title={title}
        description={description}
        confirm={
          <Close asChild>
            {/* Submits the form first, then the dialog closes (a submit button removed mid-click would not submit). */}
            <button
              type="button"
              className={buttonClass("danger")}
              onClick={() => {
                if (!pending) formProps.ref.current?.requestSubmit();
              }}
            >
              {confirmLabel}
            </button>
          </Close>
        }
      />
      <span aria-live="polite">
        {state.message && !state.ok && (
          <span role="alert" className={fieldStyles.error}>
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}
