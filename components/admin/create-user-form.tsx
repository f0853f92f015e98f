"use client";

import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState } from "react";
import { createUserAction } from "@/app/(staff)/admin/users/actions";
import { Field } from "@/components/field";
import { FieldError, invalidProps } from "@/components/form-bits";
import { ROLES } from "@/lib/auth/permissions";
import { SetPasswordLink } from "./set-password-link";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, { ok: false });
  return (
    <form action={action} className={fieldStyles.form} noValidate>
      {state.message && !state.ok && (
        <p role="alert" className={noticeClass("error")}>
          {state.message}
        </p>
      )}
      {state.ok && state.data && <SetPasswordLink email={state.data.email} link={state.data.link} />}
      <Field name="name" label="Name" state={state} autoComplete="off" required />
      <Field name="email" label="Email" type="email" state={state} autoComplete="off" required />
      <div className={fieldStyles.field}>
        <label htmlFor="role">Role</label>
        <select
          // Remount on each answer: React resets forms after an action, and a <select> already on
          // the page does not take a new defaultValue.
          key={state.values?.role ?? "EDITOR"}
          id="role"
          name="role"
          defaultValue={state.values?.role ?? "EDITOR"}
          {...invalidProps(state, "role")}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role.toLowerCase()}
            </option>
          ))}
        </select>
        <FieldError state={state} name="role" />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending}>
        Create user
      </button>
    </form>
  );
}
