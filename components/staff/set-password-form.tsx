"use client";

import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { Field } from "@/components/field";
import { ErrorSummary } from "@/components/form-bits";
import { useActionForm, type FormAction } from "@/components/use-action-form";

const LABELS = { password: "New password", confirm: "The same password again", token: "Link" } as const;

type Props = { token: string; action: FormAction<{ email: string }> };

export function SetPasswordForm({ token, action }: Props) {
  const { state, pending, formProps, summaryRef } = useActionForm(action);
  if (state.ok) {
    return (
      <p className={noticeClass("ok")} role="status">
        Your password is set. <Link href="/signin">Sign in</Link> with {state.data?.email}.
      </p>
    );
  }
  return (
    <form {...formProps} className={fieldStyles.form}>
      <ErrorSummary state={state} labels={LABELS} summaryRef={summaryRef} />
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
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        Set password
      </button>
    </form>
  );
}
