"use client";

import deskStyles from "@/components/desk/desk.module.css";
import txt from "@/components/ui/text.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useActionState, useState } from "react";
import { linkClaimsAction } from "@/app/(staff)/desk/actions";
import { LINK_TYPES } from "@/lib/enums";
import { LINK_LABEL } from "@/lib/labels";
import type { ActionState } from "@/lib/http/action";
import { ClaimSearch, type FoundClaim } from "./claim-search";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";

/** Links this claim to another one found by searching; the link shows on both claims. */
export function LinkForm({ claimId }: { claimId: string }) {
  const [other, setOther] = useState<FoundClaim | null>(null);
  const [state, formAction, pending] = useActionState(
    async (previous: ActionState<void>, form: FormData) => {
      const result = await linkClaimsAction(previous, form);
      if (result.ok) setOther(null);
      return result;
    },
    { ok: false },
  );
  const failed = !state.ok && state.values;
  return (
    <div className={deskStyles.sectionForm}>
      <h3>Link to another claim</h3>
      <ClaimSearch label="Find the other claim" excludeId={claimId} onPick={setOther} />
      <form action={formAction} className={fieldStyles.form} noValidate key={failed ? JSON.stringify(state) : "fresh"}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="otherClaimId" value={other?.id ?? ""} />
        <FormMessage state={state} ok="Linked." />
        <p className={other ? undefined : txt.muted}>
          Other claim: {other ? other.statement : "none picked yet (search above)"}
        </p>
        <FieldError state={state} name="otherClaimId" prefix="link-" />
        <div className={fieldStyles.field}>
          <label htmlFor="link-type">How they relate</label>
          <select
            id="link-type"
            name="type"
            defaultValue={state.values?.type ?? ""}
            {...invalidProps(state, "type", undefined, "link-")}
          >
            <option value="">— pick —</option>
            {LINK_TYPES.map((t) => (
              <option key={t} value={t}>
                {LINK_LABEL[t].outgoing.toLowerCase()}
              </option>
            ))}
          </select>
          <FieldError state={state} name="type" prefix="link-" />
        </div>
        <fieldset>
          <legend>Direction</legend>
          <label className={fieldStyles.check}>
            <input type="radio" name="direction" value="from" defaultChecked={state.values?.direction !== "to"} />
            This claim … the other claim
          </label>
          <label className={fieldStyles.check}>
            <input type="radio" name="direction" value="to" defaultChecked={state.values?.direction === "to"} />
            The other claim … this claim
          </label>
        </fieldset>
        <div className={fieldStyles.field}>
          <label htmlFor="link-note">Note</label>
          <textarea
            id="link-note"
            name="note"
            rows={2}
            defaultValue={state.values?.note ?? ""}
            {...invalidProps(state, "note", undefined, "link-")}
          />
          <FieldError state={state} name="note" prefix="link-" />
        </div>
        <button type="submit" className={buttonClass()} disabled={pending}>
          Link claims
        </button>
      </form>
    </div>
  );
}
