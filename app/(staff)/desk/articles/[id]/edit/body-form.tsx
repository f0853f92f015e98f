"use client";

import { TextareaField } from "@/components/field";
import { FormMessage } from "@/components/form-bits";
import { buttonClass } from "@/components/ui/button";
import { fieldStyles } from "@/components/ui/field-parts";
import Link from "next/link";
import { BODY_MAX, REASON_MAX } from "@/lib/articles/version-schemas";
import type { VersionResult } from "@/lib/articles/mutations";
import { useActionForm } from "@/components/use-action-form";
import { changeBodyAction } from "./actions";

type Props = { articleId: string; number: number; body: string; lang: string; dir: "ltr" | "rtl" };

function Outcome({ data, articleId }: { data: VersionResult; articleId: string }) {
  if (data.kind === "revision") {
    return (
      <p role="status">
        The article is public, so the change waits for review by someone else.{" "}
        <Link href="/desk/reanchoring">See it in the re-anchoring page</Link>.
      </p>
    );
  }
  const { same, moved, fuzzy, orphaned } = data.summary;
  return (
    <div role="status">
      <p>
        Saved as version {data.number}. Quotes: {same} unchanged, {moved} moved to the same words elsewhere, {fuzzy}{" "}
        need confirmation, {orphaned} orphaned.
      </p>
      <p>
        <Link href={`/desk/articles/${articleId}`}>Back to the article</Link>
        {fuzzy + orphaned > 0 && (
          <>
            {" · "}
            <Link href="/desk/reanchoring">Confirm the quotes that need it</Link>
          </>
        )}
      </p>
    </div>
  );
}

/** The body editor: a correction is saved as a new version (or a revision for review, when public). */
export function BodyForm({ articleId, number, body, lang, dir }: Props) {
  const { state, pending, formProps } = useActionForm(changeBodyAction);
  if (state.ok && state.data) return <Outcome data={state.data} articleId={articleId} />;
  return (
    <form {...formProps} className={fieldStyles.form}>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="expectedNumber" value={number} />
      <TextareaField
        name="body"
        label="Article text"
        hint="Paragraphs are separated by a blank line."
        state={state}
        defaultValue={body}
        rows={18}
        lang={lang}
        dir={dir}
        maxLength={BODY_MAX}
        required
      />
      <TextareaField
        name="reason"
        label="What was corrected, and why"
        state={state}
        rows={2}
        maxLength={REASON_MAX}
        dir="auto"
        required
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        Save as a new version
      </button>
    </form>
  );
}
