"use client";

import { ActionForm } from "@/components/action-form";
import { FormMessage, fieldError } from "@/components/form-bits";
import { buttonClass } from "@/components/ui/button";
import { fieldStyles } from "@/components/ui/field-parts";
import { useId } from "react";
import { useActionForm } from "@/components/use-action-form";
import { decideRevisionAction, resolveReanchorAction } from "./actions";
import styles from "./reanchoring.module.css";

const SUCCESS = "Done.";

/** Confirm (when there is a suggested place), re-select, or detach one quote. */
export function ResolveForms({ itemId, canConfirm }: { itemId: string; canConfirm: boolean }) {
  const id = useId();
  const { state, pending, formProps } = useActionForm(resolveReanchorAction);
  return (
    <div className={styles.actions}>
      {canConfirm && (
        <ActionForm action={resolveReanchorAction} submitLabel="Confirm" successMessage={SUCCESS}>
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="action" value="confirm" />
        </ActionForm>
      )}
      <details>
        <summary>Re-select</summary>
        <form {...formProps} className={fieldStyles.form}>
          <FormMessage state={state} ok={SUCCESS} />
          <input type="hidden" name="itemId" value={itemId} />
          <input type="hidden" name="action" value="reselect" />
          {(
            [
              ["passage", "Words in the new version", 2000],
              ["before", "Words just before them (only if they occur more than once)", 500],
            ] as const
          ).map(([name, label, max]) => {
            const error = fieldError(state, name);
            return (
              <div key={name} className={fieldStyles.field}>
                <label htmlFor={`${id}-${name}`}>{label}</label>
                <input
                  id={`${id}-${name}`}
                  name={name}
                  maxLength={max}
                  dir="auto"
                  className={fieldStyles.control}
                  defaultValue={state.values?.[name]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-${name}-error` : undefined}
                />
                {error && (
                  <p id={`${id}-${name}-error`} className={fieldStyles.error}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <button type="submit" className={buttonClass("quiet")} disabled={pending}>
            Anchor here
          </button>
        </form>
      </details>
      <ActionForm action={resolveReanchorAction} submitLabel="Detach" successMessage={SUCCESS}>
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="action" value="detach" />
      </ActionForm>
    </div>
  );
}

/** Approve or reject a revision of a public article. */
export function DecideRevisionForms({ revisionId }: { revisionId: string }) {
  const id = useId();
  return (
    <div className={styles.actions}>
      <ActionForm action={decideRevisionAction} submitLabel="Approve" successMessage="Approved.">
        <input type="hidden" name="revisionId" value={revisionId} />
        <input type="hidden" name="decision" value="approve" />
      </ActionForm>
      <ActionForm action={decideRevisionAction} submitLabel="Reject" successMessage="Rejected.">
        <input type="hidden" name="revisionId" value={revisionId} />
        <input type="hidden" name="decision" value="reject" />
        <label htmlFor={`${id}-comment`}>Why</label>
        <input id={`${id}-comment`} name="comment" maxLength={1000} dir="auto" />
      </ActionForm>
    </div>
  );
}
