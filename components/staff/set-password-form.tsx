"use client";

import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { useActionState } from "react";
import { setPasswordAction } from "@/app/(public)/set-password/[token]/actions";
import { Field } from "@/components/field";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, { ok: false });
  if (state.ok) {
    return (
      <p className={noticeClass("ok")} role="status">
        Your password is set. <Link href="/signin">Sign in</Link> with {state.data?.email}.
      </p>
    );
  }
  return (
    <form action={action} className={fieldStyles.form} noValidate>
      {state.message && (
        <p role="alert" className={noticeClass("error")}>
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
      <button type="submit" className={buttonClass()} disabled={pending}>
        Set password
      </button>
    </form>
  );
}
