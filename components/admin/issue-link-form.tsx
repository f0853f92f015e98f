"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState } from "react";
import type { FormAction } from "@/components/use-action-form";
import { SetPasswordLink } from "./set-password-link";

type Props = { userId: string; name: string; action: FormAction<{ link: string }> };

export function IssueLinkForm({ userId, name, action: issueLink }: Props) {
  const [state, action, pending] = useActionState(issueLink, { ok: false });
  return (
    <form action={action} className={fieldStyles.inline}>
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
