"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useActionState } from "react";
import { proposeAction } from "@/app/(staff)/desk/actions";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";
import { STATUS_LABEL } from "@/lib/claims/format";
import type { ActionState } from "@/lib/http/action";
import type { ClaimStatus, ProposalKind } from "@/lib/reviews/rules";

type Props = {
  claimId: string;
  kind: ProposalKind;
  /** "required": pick a new status; "optional": may also change the status; "none": no status. */
  status: "required" | "optional" | "none";
  statuses: ClaimStatus[];
  evidence: { id: string; label: string }[];
  publicReason: boolean;
  /** For a redaction: what can be redacted. */
  redaction?: { speaker: string | null; quotes: { id: string; label: string }[] };
  submitLabel: string;
};
type State = ActionState<void> & { evidenceIds?: string[] };

/**
 * One proposal form: what is asked (fixed per form), the status if it changes, the staff-only
 * rationale, the evidence it rests on and, for a withdrawal or redaction, the public reason.
 * Refusals by the rules come back beside the field that caused them.
 */
export function ProposeForm({
  claimId,
  kind,
  status,
  statuses,
  evidence,
  publicReason,
  redaction,
  submitLabel,
}: Props) {
  const [state, formAction, pending] = useActionState<State, FormData>(
    async (previous, form) => ({
      ...(await proposeAction(previous, form)),
      evidenceIds: form.getAll("evidenceIds").map(String),
    }),
    { ok: false },
  );
  const p = `${kind.toLowerCase()}-`;
  const failed = !state.ok && state.values;
  return (
    <form
      action={formAction}
      className={fieldStyles.form}
      noValidate
      aria-label={submitLabel}
      key={failed ? JSON.stringify(state) : "fresh"}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="kind" value={kind} />
      <FormMessage state={state} ok="Proposed: it now waits for a reviewer." />
      <FieldError state={state} name="kind" prefix={p} />
      {status !== "none" && (
        <div className={fieldStyles.field}>
          <label htmlFor={`${p}to`}>{status === "required" ? "New status" : "Status (optional)"}</label>
          <select
            id={`${p}to`}
            name="to"
            defaultValue={state.values?.to ?? ""}
            {...invalidProps(state, "to", undefined, p)}
          >
            <option value="">{status === "required" ? "— pick —" : "— keep the current status —"}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="to" prefix={p} />
        </div>
      )}
      {redaction && (
        <>
          <div className={fieldStyles.field}>
            <label htmlFor={`${p}redactionTarget`}>What to redact</label>
            <select
              id={`${p}redactionTarget`}
              name="redactionTarget"
              defaultValue={state.values?.redactionTarget ?? ""}
              {...invalidProps(state, "redactionTarget", undefined, p)}
            >
              <option value="">— pick —</option>
              <option value="STATEMENT">The claim&apos;s statement</option>
              {redaction.speaker && <option value="SPEAKER_NAME">The speaker&apos;s name ({redaction.speaker})</option>}
              {redaction.quotes.length > 0 && <option value="QUOTE">One of its quotes (pick below)</option>}
            </select>
            <FieldError state={state} name="redactionTarget" prefix={p} />
          </div>
          {redaction.quotes.length > 0 && (
            <div className={fieldStyles.field}>
              <label htmlFor={`${p}redactionQuoteId`}>Quote to redact</label>
              <select
                id={`${p}redactionQuoteId`}
                name="redactionQuoteId"
                defaultValue={state.values?.redactionQuoteId ?? ""}
                {...invalidProps(state, "redactionQuoteId", undefined, p)}
              >
                <option value="">— only when redacting a quote —</option>
                {redaction.quotes.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.label}
                  </option>
                ))}
              </select>
              <FieldError state={state} name="redactionQuoteId" prefix={p} />
            </div>
          )}
        </>
      )}
      {publicReason && (
        <div className={fieldStyles.field}>
          <label htmlFor={`${p}publicReason`}>Public reason</label>
          <textarea
            id={`${p}publicReason`}
            name="publicReason"
            rows={2}
            maxLength={1000}
            defaultValue={state.values?.publicReason ?? ""}
            {...invalidProps(state, "publicReason", `${p}publicReason-hint`, p)}
          />
          <span id={`${p}publicReason-hint`} className={txt.meta}>
            Readers see this once it is approved.
          </span>
          <FieldError state={state} name="publicReason" prefix={p} />
        </div>
      )}
      <div className={fieldStyles.field}>
        <label htmlFor={`${p}rationale`}>Rationale (staff only)</label>
        <textarea
          id={`${p}rationale`}
          name="rationale"
          rows={3}
          maxLength={4000}
          defaultValue={state.values?.rationale ?? ""}
          {...invalidProps(state, "rationale", `${p}rationale-hint`, p)}
        />
        <span id={`${p}rationale-hint`} className={txt.meta}>
          Required: what the reviewer should check, and why.
        </span>
        <FieldError state={state} name="rationale" prefix={p} />
      </div>
      {status !== "none" && (
        <fieldset>
          <legend>Evidence it rests on</legend>
          {evidence.length === 0 && <p className={txt.meta}>No evidence on this claim yet; add some below.</p>}
          {evidence.map((e) => (
            <label key={e.id} className={fieldStyles.check}>
              <input
                type="checkbox"
                name="evidenceIds"
                value={e.id}
                defaultChecked={state.evidenceIds?.includes(e.id) ?? false}
              />
              {e.label}
            </label>
          ))}
          <FieldError state={state} name="evidenceIds" prefix={p} />
        </fieldset>
      )}
      <button type="submit" className={buttonClass()} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
