"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useId, useState } from "react";
import { findFolded } from "@/lib/anchoring/normalize";

type Props = { body: string; onFound: (start: number, end: number) => void };

/**
 * The accessible fallback to selecting with a pointer or the arrow keys: type or paste the passage.
 * Typographic differences do not count (curly or straight quotes, dashes, spacing); when the words
 * occur more than once, the words just before them decide. What is stored is the body's own text.
 */
export function SelectByText({ body, onFound }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  function find(form: FormData) {
    const passage = String(form.get("passage") ?? "");
    const before = String(form.get("prefix") ?? "");
    if (!passage.trim()) return setError("Type or paste the passage.");
    // Quotation marks, dashes and runs of whitespace are folded on both sides (lib/anchoring/normalize),
    // so a passage pasted from the outlet's page finds its words; what is selected is the body's own text.
    const found = findFolded(body, passage);
    const fits = before.trim()
      ? findFolded(body, `${before} ${passage}`).concat(findFolded(body, `${before}${passage}`))
      : found;
    const starts = [...new Set(fits.map((f) => f.end))];
    if (found.length === 0)
      return setError("Those words are not in the text. Check the spelling and the words chosen.");
    if (starts.length !== 1) {
      return setError(
        before.trim() && starts.length === 0
          ? "Those words do not follow the words you gave. Check the words just before them."
          : "Those words occur more than once. Add the words just before them.",
      );
    }
    const match = found.find((f) => f.end === starts[0])!;
    setError(null);
    onFound(match.start, match.end);
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
