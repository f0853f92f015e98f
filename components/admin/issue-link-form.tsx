"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import { SetPasswordLink } from "./set-password-link";

type Props = { userId: string; name: string; action: FormAction<{ link: string }> };

export function IssueLinkForm({ userId, name, action: issueLink }: Props) {
  const { state, pending, formProps } = useActionForm(issueLink);
  return (
    <form {...formProps} className={fieldStyles.inline}>
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        className={buttonClass("quiet")}
        aria-disabled={pending}
        aria-label={`New set-password link for ${name}`}
      >
        New password link
      </button>
      {state.message && !state.ok && (
        <span role="alert" className={fieldStyles.error}>
          {state.message}
        </span>
      )}
      {state.ok && state.data && <SetPasswordLink link={state.data.link} />}
    </form>
  );
}
