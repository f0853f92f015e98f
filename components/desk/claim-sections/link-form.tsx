"use client";

import deskStyles from "@/components/desk/desk.module.css";
import txt from "@/components/ui/text.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useRef, useState } from "react";
import { useDeskActions } from "@/components/desk/desk-actions";
import { SelectField, TextareaField } from "@/components/field";
import { ErrorSummary, FieldError, invalidProps } from "@/components/form-bits";
import { useActionForm, type FormState } from "@/components/use-action-form";
import { LINK_NOTE_LIMIT } from "@/lib/claims/schemas";
import { LINK_TYPES } from "@/lib/enums";
import type { FormResult } from "@/lib/http/action";
import { LINK_LABEL } from "@/lib/labels";
import { ClaimSearch, type FoundClaim } from "./claim-search";

const P = "link-";
/** Every field of linkFormSchema that the editor fills, and its label. */
export const LINK_FIELD_LABELS = {
  otherClaimId: "Other claim",
  type: "How they relate",
  direction: "Direction",
  note: "Note",
} as const;

/** Links this claim to another one found by searching; the link shows on both claims. */
export function LinkForm({ claimId }: { claimId: string }) {
  const { linkClaims } = useDeskActions();
  const [other, setOther] = useState<FoundClaim | null>(null);
  const picked = useRef<HTMLParagraphElement>(null);
  const { state, pending, formProps, summaryRef } = useActionForm(
    async (previous: FormResult<void> | undefined, form: FormData) => {
      const result = await linkClaims(previous, form);
      if (result.status === "success") setOther(null);
      return result;
    },
    { resetOnSuccess: true },
  );
  return (
    <div className={deskStyles.sectionForm}>
      <h3>Link to another claim</h3>
      <ClaimSearch
        label="Find the other claim"
        excludeId={claimId}
        onPick={(claim) => {
          setOther(claim);
          // The list the "Pick" button was in goes away: focus the choice it made.
          requestAnimationFrame(() => picked.current?.focus());
        }}
      />
      <form {...formProps} className={fieldStyles.form}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="otherClaimId" value={other?.id ?? ""} />
        <ErrorSummary state={state} labels={LINK_FIELD_LABELS} summaryRef={summaryRef} prefix={P} />
        {state.ok && (
          <p role="status" className={txt.muted}>
            Linked.
          </p>
        )}
        <LinkFormFields state={state} other={other} pickedRef={picked} />
        <button type="submit" className={buttonClass()} aria-disabled={pending}>
          Link claims
        </button>
      </form>
    </div>
  );
}

export function LinkFormFields({
  state,
  other,
  pickedRef,
}: {
  state: FormState;
  other: FoundClaim | null;
  pickedRef?: React.Ref<HTMLParagraphElement>;
}) {
  return (
    <>
      <p id={`${P}otherClaimId`} ref={pickedRef} tabIndex={-1} className={other ? undefined : txt.muted}>
        Other claim: {other ? other.statement : "none picked yet (search above)"}
      </p>
      <FieldError state={state} name="otherClaimId" prefix={P} />
      <SelectField name="type" label={LINK_FIELD_LABELS.type} state={state} prefix={P} defaultValue="">
        <option value="">— pick —</option>
        {LINK_TYPES.map((t) => (
          <option key={t} value={t}>
            {LINK_LABEL[t].outgoing.toLowerCase()}
          </option>
        ))}
      </SelectField>
      <fieldset id={`${P}direction`}>
        <legend>{LINK_FIELD_LABELS.direction}</legend>
        <label className={fieldStyles.check}>
          <input
            type="radio"
            name="direction"
            value="from"
            defaultChecked={state.values?.direction !== "to"}
            {...invalidProps(state, "direction", undefined, P)}
          />
          This claim … the other claim
        </label>
        <label className={fieldStyles.check}>
          <input
            type="radio"
            name="direction"
            value="to"
            defaultChecked={state.values?.direction === "to"}
            {...invalidProps(state, "direction", undefined, P)}
          />
          The other claim … this claim
        </label>
        <FieldError state={state} name="direction" prefix={P} />
      </fieldset>
      <TextareaField
        name="note"
        label={LINK_FIELD_LABELS.note}
        rows={2}
        maxLength={LINK_NOTE_LIMIT}
        state={state}
        prefix={P}
      />
    </>
  );
}
