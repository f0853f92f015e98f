"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useDeskActions } from "@/components/desk/desk-actions";
import { StatusBadge } from "@/components/status-badge";
import type { FormResult } from "@/lib/http/action";
import { formStateOf, useActionForm } from "@/components/use-action-form";
import type { FoundClaim } from "@/components/desk/claim-sections/claim-search";

type Props = {
  selection: { articleVersionId: string; start: number; end: number };
  onAdded: (statement: string) => void;
  onClose: () => void;
};

/**
 * "Add to existing claim": find a claim by words of its statement, then quote the selection for
 * it. The search is its own form beside the add forms, since HTML forms cannot nest.
 */
export function ClaimPicker({ selection, onAdded, onClose }: Props) {
  const id = useId();
  const router = useRouter();
  const [results, setResults] = useState<FoundClaim[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [searching, startSearch] = useTransition();
  const { addQuote, searchClaims } = useDeskActions();
  // One form for the whole list: the pressed button sends its claim's id.
  const {
    state: addedState,
    pending: adding,
    formProps,
  } = useActionForm(async (previous: FormResult<{ claimId: string }> | undefined, form: FormData) => {
    const state = await addQuote(previous, form);
    if (state.status === "success") {
      onAdded(results?.find((c) => c.id === form.get("claimId"))?.statement ?? "the claim");
      router.refresh(); // the new highlight is drawn by the server
    }
    return state;
  });

  function search(form: FormData) {
    startSearch(async () => {
      const state = formStateOf(await searchClaims(undefined, form));
      setSearchError(state.ok ? null : (state.message ?? "The search failed."));
      setResults(state.data ?? []);
    });
  }

  return (
    <div
      className={deskStyles.claimPicker}
      role="group"
      aria-label="Add to existing claim"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      {/* onSubmit, not a form action: React resets a form after its action, and the words should stay. */}
      <form
        role="search"
        className={fieldStyles.inline}
        aria-label="Find a claim"
        onSubmit={(event) => {
          event.preventDefault();
          search(new FormData(event.currentTarget));
        }}
      >
        <label htmlFor={`${id}-q`}>Find the claim by words of its statement</label>
        <input id={`${id}-q`} name="q" type="search" minLength={2} required autoFocus />
        <button type="submit" className={buttonClass("quiet")} disabled={searching}>
          Search
        </button>
      </form>
      {addedState.message && (
        <p role="alert" className={noticeClass("error")}>
          {addedState.message}
        </p>
      )}
      <div aria-live="polite" aria-busy={searching}>
        {searchError && <p className={fieldStyles.error}>{searchError}</p>}
        {results?.length === 0 && !searchError && <p className={txt.meta}>No claim matches those words.</p>}
        {results && results.length > 0 && (
          <form {...formProps} aria-label="Pick the claim">
            <input type="hidden" name="articleVersionId" value={selection.articleVersionId} />
            <input type="hidden" name="start" value={selection.start} />
            <input type="hidden" name="end" value={selection.end} />
            <ul className={`${txt.stack} ${deskStyles.searchResults}`}>
              {results.map((c) => (
                <li key={c.id} className={fieldStyles.inline}>
                  <StatusBadge status={c.status} /> <span>{c.statement}</span>{" "}
                  <span className={txt.meta}>
                    ({c.subject.name}
                    {c.visibility === "PUBLIC" ? "" : `, ${c.visibility.toLowerCase()}`})
                  </span>{" "}
                  <button
                    type="submit"
                    name="claimId"
                    value={c.id}
                    className={buttonClass("quiet")}
                    aria-disabled={adding}
                    aria-label={`Add the quote to: ${c.statement}`}
                  >
                    Add quote
                  </button>
                </li>
              ))}
            </ul>
          </form>
        )}
      </div>
    </div>
  );
}
