"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { Field, SelectField } from "@/components/field";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import { ROLES } from "@/lib/enums";
import { SetPasswordLink } from "./set-password-link";

export const CREATE_USER_FIELD_LABELS = { name: "Name", email: "Email", role: "Role" } as const;

/** A new staff account; the answer is a one-time set-password link to hand over. */
export function CreateUserForm({ action }: { action: FormAction<{ email: string; link: string | null }> }) {
  const { state, pending, formProps, summaryRef } = useActionForm(action);
  return (
    <form {...formProps} className={fieldStyles.form}>
      <ErrorSummary state={state} labels={CREATE_USER_FIELD_LABELS} summaryRef={summaryRef} />
      {state.ok && state.data && <SetPasswordLink email={state.data.email} link={state.data.link} />}
      <CreateUserFields state={state} />
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        Create user
      </button>
    </form>
  );
}

export function CreateUserFields({ state }: { state: Parameters<typeof ErrorSummary>[0]["state"] }) {
  return (
    <>
      <Field name="name" label="Name" state={state} autoComplete="off" required />
      <Field name="email" label="Email" type="email" state={state} autoComplete="off" required />
      <SelectField name="role" label="Role" state={state} defaultValue="EDITOR">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {role.toLowerCase()}
          </option>
        ))}
      </SelectField>
    </>
  );
}
