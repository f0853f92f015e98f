"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useId, useState } from "react";
import { AnchoringError, anchorQuote } from "@/lib/anchoring/selectors";

type Props = { body: string; onFound: (start: number, end: number) => void };

/**
 * The accessible fallback to selecting with a pointer or the arrow keys: type or paste the exact
 * passage. It is found with the same rules the server anchors quotes by (exact words; when they
 * occur more than once, the words just before them decide), so what is found is what gets stored.
 */
export function SelectByText({ body, onFound }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  function find(form: FormData) {
    const exact = String(form.get("passage") ?? "").trim();
    const prefix = String(form.get("prefix") ?? "");
    if (!exact) return setError("Type or paste the passage.");
    try {
      const anchor = anchorQuote(body, { exact, prefix: prefix || undefined });
      setError(null);
      onFound(anchor.start, anchor.end);
    } catch (e) {
      if (!(e instanceof AnchoringError)) throw e;
      setError(
        body.includes(exact)
          ? "Those words occur more than once (or not after the words you gave). Add the words just before them."
          : "Those exact words are not in the text. Check spaces, quotation marks and dashes.",
      );
    }
  }

  return (
    <details className={deskStyles.selectByText}>
      <summary>Select by text</summary>
      <form
        className={fieldStyles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          find(new FormData(event.currentTarget));
        }}
      >
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-passage`}>Passage, exactly as in the text</label>
          <textarea
            id={`${id}-passage`}
            name="passage"
            rows={2}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className={fieldStyles.error} role="alert">
              {error}
            </p>
          )}
        </div>
        <div className={fieldStyles.field}>
          <label htmlFor={`${id}-prefix`}>Words just before it (only if it occurs more than once)</label>
          <input id={`${id}-prefix`} name="prefix" />
        </div>
        <button type="submit" className={buttonClass("quiet")}>
          Select passage
        </button>
      </form>
    </details>
  );
}
