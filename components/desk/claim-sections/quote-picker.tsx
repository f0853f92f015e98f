"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import txt from "@/components/ui/text.module.css";
import { useRef, useState, useTransition } from "react";
import { useDeskActions } from "@/components/desk/desk-actions";
import { formStateOf } from "@/components/use-action-form";
import { ClaimSearch, type FoundClaim } from "./claim-search";

export type PickableQuote = { id: string; exact: string; headline: string; outlet: string | null };

type Props = { claimId: string; quoteId: string; onChange: (quoteId: string) => void };

/** Evidence from another claim's quote: find the claim, then choose one of its quotes. */
export function QuotePicker({ claimId, quoteId, onChange }: Props) {
  const [claim, setClaim] = useState<FoundClaim | null>(null);
  const [quotes, setQuotes] = useState<PickableQuote[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const { listClaimQuotes } = useDeskActions();

  const quotesOf = useRef<HTMLFieldSetElement>(null);

  function pick(found: FoundClaim) {
    setClaim(found);
    // The list the "Pick" button was in goes away: focus the quotes of the claim it picked.
    requestAnimationFrame(() => quotesOf.current?.focus());
    setQuotes(null);
    onChange("");
    const form = new FormData();
    form.set("claimId", found.id);
    startLoading(async () => {
      const state = formStateOf(await listClaimQuotes(undefined, form));
      setMessage(state.ok ? null : (state.message ?? "Could not load its quotes."));
      setQuotes(state.data ?? []);
    });
  }

  return (
    <div className="quote-picker">
      <ClaimSearch label="Find the claim whose quote you cite" excludeId={claimId} onPick={pick} />
      {claim && (
        <fieldset ref={quotesOf} tabIndex={-1} aria-busy={loading}>
          <legend>Quotes of “{claim.statement}”</legend>
          {message && <p className={fieldStyles.error}>{message}</p>}
          {quotes?.length === 0 && <p className={txt.meta}>That claim has no quotes.</p>}
          {quotes?.map((q) => (
            <label key={q.id} className={fieldStyles.check}>
              <input type="radio" name="quotePick" checked={quoteId === q.id} onChange={() => onChange(q.id)} />
              <span>
                “{q.exact}”{" "}
                <span className={txt.meta}>
                  ({q.outlet ?? "Unknown outlet"}, {q.headline})
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
