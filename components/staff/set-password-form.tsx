"use client";

import Link from "next/link";
import { useActionState } from "react";
import { setPasswordAction } from "@/app/(public)/set-password/[token]/actions";
import { Field } from "@/components/field";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, { ok: false });
  if (state.ok) {
    return (
      <p className="form-ok" role="status">
        Your password is set. <Link href="/signin">Sign in</Link> with {state.data?.email}.
      </p>
    );
  }
  return (
    <form action={action} className="form" noValidate>
      {state.message && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="New password" type="password" autoComplete="new-password" state={state} required />
      <Field
        name="confirm"
        label="The same password again"
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
      <button type="submit" className="button" disabled={pending}>
        Set password
      </button>
    </form>
  );
}
