"use client";

import { useActionState } from "react";
import { proposeStatusAction } from "@/app/(staff)/desk/actions";
import { STATUS_LABEL } from "@/lib/claims/format";
import type { ActionState } from "@/lib/http/action";
import type { ClaimStatus } from "@/lib/reviews/rules";
import { FieldError, FormMessage, invalidProps } from "@/components/form-bits";

type Props = { claimId: string; statuses: ClaimStatus[]; evidence: { id: string; label: string }[] };
type State = ActionState<void> & { evidenceIds?: string[] };

/**
 * Status, rationale and the evidence it rests on. A refusal by the transition rules comes back
 * as an error on the status field, so the reason sits beside the choice that caused it.
 */
export function ProposeForm({ claimId, statuses, evidence }: Props) {
  // The action echoes one value per field name; the ticked evidence (a group) is kept here.
  const [state, formAction, pending] = useActionState<State, FormData>(
    async (previous, form) => ({
      ...(await proposeStatusAction(previous, form)),
      evidenceIds: form.getAll("evidenceIds").map(String),
    }),
    { ok: false },
  );
  const failed = !state.ok && state.values;
  return (
    <form action={formAction} className="form" noValidate key={failed ? JSON.stringify(state) : "fresh"}>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="to">New status</label>
        <select id="to" name="to" defaultValue={state.values?.to ?? ""} {...invalidProps(state, "to")}>
          <option value="">— pick —</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <FieldError state={state} name="to" />
      </div>
      <div className="field">
        <label htmlFor="rationale">Rationale</label>
        <textarea
          id="rationale"
          name="rationale"
          rows={4}
          defaultValue={state.values?.rationale ?? ""}
          {...invalidProps(state, "rationale", "rationale-hint")}
        />
        <span id="rationale-hint" className="meta">
          Required: what the reviewer should check, and why the status follows from it.
        </span>
        <FieldError state={state} name="rationale" />
      </div>
      <fieldset>
        <legend>Evidence it rests on</legend>
        {evidence.length === 0 && <p className="meta">No evidence on this claim yet; add some below.</p>}
        {evidence.map((e) => (
          <label key={e.id} className="check">
            <input
              type="checkbox"
              name="evidenceIds"
              value={e.id}
              defaultChecked={state.evidenceIds?.includes(e.id) ?? false}
            />
            {e.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        Propose
      </button>
    </form>
  );
}
