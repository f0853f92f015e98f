"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useId, useState, useTransition } from "react";
import { useDeskActions } from "@/components/desk/desk-actions";
import { formStateOf } from "@/components/use-action-form";
import { StatusBadge } from "@/components/status-badge";
import type { ClaimStatus, Visibility } from "@/lib/enums";

export type FoundClaim = {
  id: string;
  statement: string;
  status: ClaimStatus;
  visibility: Visibility;
  subject: { name: string };
};

type Props = { label: string; excludeId: string; onPick: (claim: FoundClaim) => void };

/**
 * Finds another claim by words of its statement. Its own small form, placed beside (never inside)
 * the form that uses the pick, since HTML forms cannot nest.
 */
export function ClaimSearch({ label, excludeId, onPick }: Props) {
  const id = useId();
  const [results, setResults] = useState<FoundClaim[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [searching, startSearch] = useTransition();
  const { searchClaims } = useDeskActions();

  function search(form: FormData) {
    startSearch(async () => {
      const state = formStateOf(await searchClaims(undefined, form));
      setMessage(state.ok ? null : (state.message ?? "The search failed."));
      setResults((state.data ?? []).filter((c) => c.id !== excludeId));
    });
  }

  return (
    <div className={deskStyles.claimSearch}>
      {/* onSubmit, not a form action: React resets a form after its action, and the words should stay. */}
      <form
        role="search"
        className={fieldStyles.inline}
        aria-label={label}
        onSubmit={(event) => {
          event.preventDefault();
          search(new FormData(event.currentTarget));
        }}
      >
        <label htmlFor={`${id}-q`}>{label}</label>
        <input id={`${id}-q`} name="q" type="search" minLength={2} placeholder="words of its statement" />
        <button type="submit" className={buttonClass("quiet")} disabled={searching}>
          Search
        </button>
      </form>
      <div aria-live="polite">
        {message && <p className={fieldStyles.error}>{message}</p>}
        {results && results.length === 0 && <p className={txt.meta}>No other claim matches.</p>}
        {results && results.length > 0 && (
          <ul className={`${txt.stack} ${deskStyles.searchResults}`}>
            {results.map((c) => (
              <li key={c.id} className="search-result">
                <StatusBadge status={c.status} /> <span>{c.statement}</span>{" "}
                <span className={txt.meta}>({c.subject.name})</span>{" "}
                <button
                  type="button"
                  className={buttonClass("quiet")}
                  aria-label={`Pick: ${c.statement}`}
                  onClick={() => {
                    onPick(c);
                    setResults(null);
                  }}
                >
                  Pick
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
