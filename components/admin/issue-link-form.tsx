"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState } from "react";
import { issueLinkAction } from "@/app/(staff)/admin/users/actions";
import { SetPasswordLink } from "./set-password-link";

export function IssueLinkForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(issueLinkAction, { ok: false });
  return (
    <form action={action} className={fieldStyles.inline}>
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        className={buttonClass("quiet")}
        disabled={pending}
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
