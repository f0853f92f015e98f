"use client";

import { noticeClass } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { useState } from "react";
import { ErrorSummary, FieldError, FormMessage } from "@/components/form-bits";
import { useActionForm, type FormAction, type FormState } from "@/components/use-action-form";
import type { DuplicateOf } from "@/lib/articles/import/duplicates";
import type { PendingImport } from "@/lib/articles/import/queries";
import type { NewerVersionTarget } from "@/lib/articles/queries";
import styles from "./import.module.css";
import { METADATA_FIELD_LABELS, MetadataFields, type MetadataDefaults, type MetadataHints } from "./metadata-fields";

const LABELS = { ...METADATA_FIELD_LABELS, trim: "Trim" };

type Props = {
  staged: PendingImport;
  /** Answers only when the trimmed text duplicates an article; otherwise it goes to the new article. */
  confirm: FormAction<{ status: "duplicate"; of: DuplicateOf }>;
  /** Never answers on success: it goes back to the import list. */
  discard: FormAction<never>;
  /** An article this import looks like a newer copy of (same URL, or same headline), if any. */
  newerVersionOf?: NewerVersionTarget | null;
  /** Never answers on success: it goes to the article's versions, or to the review queue. */
  reimport?: FormAction<never>;
};

const note = (s: { source: string; inferred: boolean } | null | undefined) =>
  s ? `Suggested from ${s.source}${s.inferred ? " (inferred)" : ""}.` : undefined;

function defaultsOf(staged: PendingImport): MetadataDefaults {
  const s = staged.suggestions;
  return {
    headline: s.headline?.value ?? "",
    authors: s.authors?.value.join(", ") ?? "",
    authorsInferred: s.authors?.inferred ?? false,
    outlet: s.outlet?.value ?? "",
    outletInferred: s.outlet?.inferred ?? false,
    published: s.published?.value.on ?? "",
    // A date the editor types from the text's mentions is a guess unless they untick this.
    publishedInferred: s.published?.inferred ?? true,
    publishedNote: s.published ? `${s.published.source[0].toUpperCase()}${s.published.source.slice(1)}.` : "",
    url: s.url ?? "",
    language: s.language.value.language,
    direction: s.language.value.direction,
    languageInferred: s.language.inferred,
  };
}

function hintsOf(staged: PendingImport): MetadataHints {
  const s = staged.suggestions;
  const mentions = s.dateMentions.length ? ` Dates in the text: ${s.dateMentions.join("; ")}.` : "";
  return {
    headline: note(s.headline),
    authors: note(s.authors) ?? "No byline found.",
    outlet: note(s.outlet) ?? "No outlet found on the page.",
    published: (note(s.published) ?? "No printed date found.") + mentions,
    language: note(s.language),
  };
}

export function ConfirmImportForm({ staged, confirm, discard: discardAction, newerVersionOf, reimport }: Props) {
  const { state, pending, formProps, summaryRef } = useActionForm(confirm);
  const { state: discardState, pending: discarding, formProps: discardProps } = useActionForm(discardAction);
  // Starts from the suggested trim (lib/articles/trim-suggest.ts); the editor corrects it.
  const [start, setStart] = useState(staged.suggestedTrim.start);
  const [end, setEnd] = useState(staged.suggestedTrim.end);
  const [removed, setRemoved] = useState<Set<number>>(() => new Set(staged.suggestedTrim.remove));
  const kept = staged.blocks.filter((_, i) => i >= start && i <= end && !removed.has(i)).length;
  const duplicate = state.ok ? state.data?.of : undefined;

  const trim = { start, end, remove: [...removed].filter((i) => i >= start && i <= end).sort((a, b) => a - b) };

  return (
    <>
      {newerVersionOf && reimport && (
        <NewerVersionNotice target={newerVersionOf} importId={staged.id} trim={trim} action={reimport} />
      )}
      <form {...formProps}>
        <input type="hidden" name="importId" value={staged.id} />
        <ErrorSummary state={state} labels={LABELS} summaryRef={summaryRef} />
        {duplicate && (
          <p role="alert" className={noticeClass("error")}>
            The trimmed text matches an article already imported:{" "}
            <Link href={`/desk/articles/${duplicate.id}`}>{duplicate.headline}</Link>. Nothing was saved.
          </p>
        )}
        <div className={styles.confirmGrid}>
          <fieldset>
            <legend>Details</legend>
            <MetadataFields state={state} defaults={defaultsOf(staged)} hints={hintsOf(staged)} />
          </fieldset>
          <fieldset>
            <legend>Trim the page furniture</legend>
            <p className={txt.meta}>
              The start, the end and the captions to remove are suggested; check them, and remove what else is not the
              article (teasers for other stories, newsletter boxes).
            </p>
            <p className={txt.meta} role="status">
              Paragraphs {start + 1} to {end + 1} kept, {kept} of {staged.blocks.length} in all.
            </p>
            <FieldError state={state} name="trim" />
            <ol className={styles.blocks}>
              {staged.blocks.map((text, i) => {
                const outside = i < start || i > end;
                const cls = [styles.block, outside ? styles.outside : "", removed.has(i) ? styles.removed : ""];
                return (
                  <li key={i} className={cls.join(" ")} aria-label={`Paragraph ${i + 1}`}>
                    <p dir="auto">{text}</p>
                    <div className={styles.blockControls}>
                      <label>
                        <input
                          type="radio"
                          name="start"
                          value={i}
                          checked={start === i}
                          onChange={() => {
                            setStart(i);
                            if (end < i) setEnd(i);
                          }}
                        />
                        Starts here
                      </label>
                      <label>
                        <input
                          type="radio"
                          name="end"
                          value={i}
                          checked={end === i}
                          onChange={() => {
                            setEnd(i);
                            if (start > i) setStart(i);
                          }}
                        />
                        Ends here
                      </label>
                      <label>
                        <input
                          type="checkbox"
                          name="remove"
                          value={i}
                          disabled={outside}
                          checked={removed.has(i) && !outside}
                          onChange={(e) => {
                            const next = new Set(removed);
                            if (e.target.checked) next.add(i);
                            else next.delete(i);
                            setRemoved(next);
                          }}
                        />
                        Remove
                      </label>
                    </div>
                  </li>
                );
              })}
            </ol>
          </fieldset>
        </div>
        <p>
          <button type="submit" className={buttonClass()} aria-disabled={pending}>
            Save the article
          </button>
        </p>
      </form>
      <form {...discardProps}>
        <input type="hidden" name="importId" value={staged.id} />
        <FormMessage state={discardState} />
        <button type="submit" className={buttonClass("quiet")} disabled={discarding}>
          Discard this import
        </button>
      </form>
    </>
  );
}

/** The refusal of a re-import, with the reasons beside it (the form has no fields to put them by). */
function ReimportMessage({ state }: { state: FormState }) {
  if (state.ok || !state.message) return null;
  const reasons = [...new Set(Object.values(state.fieldErrors ?? {}).flat())].filter(
    (reason): reason is string => !!reason && reason !== state.message,
  );
  return (
    <p role="alert" className={noticeClass("error")}>
      {state.message}
      {reasons.length > 0 && ` ${reasons.join(" ")}`}
    </p>
  );
}

function NewerVersionNotice({
  target,
  importId,
  trim,
  action,
}: {
  target: NewerVersionTarget;
  importId: string;
  trim: { start: number; end: number; remove: number[] };
  action: FormAction<never>;
}) {
  const { state, pending: submitting, formProps } = useActionForm(action);
  return (
    <form {...formProps} className={noticeClass()} aria-labelledby="newer-version">
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="articleId" value={target.id} />
      <input type="hidden" name="expectedNumber" value={target.number} />
      <input type="hidden" name="start" value={trim.start} />
      <input type="hidden" name="end" value={trim.end} />
      {trim.remove.map((i) => (
        <input key={i} type="hidden" name="remove" value={i} />
      ))}
      <p id="newer-version">
        <strong>
          This looks like a newer version of{" "}
          <Link href={`/desk/articles/${target.id}`} dir="auto">
            {target.headline}
          </Link>
        </strong>{" "}
        ({target.matchedBy === "url" ? "the same URL" : "the same headline"}; it has {target.number}{" "}
        {target.number === 1 ? "version" : "versions"}).
      </p>
      <p className={txt.meta}>
        The paragraphs kept below become its next version, and every quote is re-anchored to it.
        {target.isPublic
          ? " The article is public, so the new text is a revision that someone else reviews before readers see it."
          : ""}
      </p>
      <ReimportMessage state={state} />
      <p>
        <button type="submit" className={buttonClass()} disabled={submitting}>
          Import as a new version of this article
        </button>
      </p>
    </form>
  );
}
