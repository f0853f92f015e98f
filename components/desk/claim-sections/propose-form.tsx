"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useDeskActions } from "@/components/desk/desk-actions";
import { TextareaField } from "@/components/field";
import { ErrorSummary, FieldError, invalidProps } from "@/components/form-bits";
import { useActionForm } from "@/components/use-action-form";
import { PROPOSAL_LIMITS } from "@/lib/claims/schemas";
import type { ClaimStatus, ProposalKind } from "@/lib/enums";
import { STATUS_LABEL } from "@/lib/labels";

/** Every field of proposalFormSchema the editor fills, and its label. */
export const PROPOSAL_FIELD_LABELS = {
  kind: "Proposal",
  to: "Status",
  redactionTarget: "What to redact",
  redactionQuoteId: "Quote to redact",
  publicReason: "Public reason",
  rationale: "Rationale",
  evidenceIds: "Evidence it rests on",
} as const;

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
  const { propose } = useDeskActions();
  const { state, pending, formProps, summaryRef } = useActionForm(propose, { resetOnSuccess: true });
  const p = `${kind.toLowerCase()}-`;
  return (
    <form {...formProps} className={fieldStyles.form} aria-label={submitLabel}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="kind" value={kind} />
      <ErrorSummary state={state} labels={PROPOSAL_FIELD_LABELS} summaryRef={summaryRef} prefix={p} />
      {state.ok && (
        <p role="status" className={txt.muted}>
          Proposed: it now waits for a reviewer.
        </p>
      )}
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
        <TextareaField
          name="publicReason"
          label="Public reason"
          hint="Readers see this once it is approved."
          rows={2}
          maxLength={PROPOSAL_LIMITS.publicReason}
          state={state}
          prefix={p}
        />
      )}
      <TextareaField
        name="rationale"
        label="Rationale (staff only)"
        hint="Required: what the reviewer should check, and why."
        rows={3}
        maxLength={PROPOSAL_LIMITS.rationale}
        state={state}
        prefix={p}
      />
      {status !== "none" && (
        <fieldset id={`${p}evidenceIds`}>
          <legend>Evidence it rests on</legend>
          {evidence.length === 0 && <p className={txt.meta}>No evidence on this claim yet; add some below.</p>}
          {evidence.map((e) => (
            <label key={e.id} className={fieldStyles.check}>
              <input
                type="checkbox"
                name="evidenceIds"
                value={e.id}
                {...invalidProps(state, "evidenceIds", undefined, p)}
              />
              {e.label}
            </label>
          ))}
          <FieldError state={state} name="evidenceIds" prefix={p} />
        </fieldset>
      )}
      <button type="submit" className={buttonClass()} aria-disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
