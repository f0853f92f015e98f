import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { ActionForm, type ActionFormProps } from "@/components/action-form";
import { describeFigure } from "@/lib/suggestions/prefill";
import type { ArticleSuggestions } from "@/lib/suggestions/queries";
import styles from "./suggestions.module.css";

/**
 * The claim suggestions of an article: each sentence with its parsed figure or its speaker, to
 * accept (the claim editor opens pre-filled and anchored to the sentence; nothing is saved until
 * the editor saves) or to dismiss.
 */
export function ClaimSuggestionList({
  data,
  dismissAction,
}: {
  data: ArticleSuggestions;
  dismissAction: ActionFormProps<void>["action"];
}) {
  const dir = data.article.direction === "RTL" ? "rtl" : "ltr";
  if (data.suggestions.length === 0) {
    return <p className={txt.muted}>No open suggestions: no other sentence carries a figure or a named speaker.</p>;
  }
  return (
    <ol className={styles.list} aria-label="Suggested claims">
      {data.suggestions.map((s) => {
        const speaker = s.attribution?.speaker;
        return (
          <li key={s.key} className={`${cardClass} claim-suggestion`}>
            <p className={styles.sentence} lang={data.article.language} dir={dir}>
              {s.sentence}
            </p>
            <p className={txt.meta}>
              {s.figure && (
                <>
                  Figure: <span className={styles.figure}>{describeFigure(s.figure)}</span>
                  {s.figure.qualifier && <> (“{s.figure.qualifier}”)</>}
                  {s.figure.approximate && " · approximate"}
                  {s.figure.bound && ` · ${s.figure.bound} bound`}
                  {speaker && " · "}
                </>
              )}
              {speaker && (
                <>
                  Speaker: <span dir="auto">{speaker.name}</span>
                  {speaker.description && <span dir="auto">, {speaker.description}</span>}
                  {speaker.inferred && " (inferred from the sentence before)"}
                </>
              )}
            </p>
            <div className={styles.actions}>
              <Link href={s.acceptHref} className={buttonClass("secondary")}>
                Accept{s.figure ? ` ${describeFigure(s.figure)}` : ""}
                <span className="visually-hidden"> as a new claim</span>
              </Link>
              <ActionForm action={dismissAction} submitLabel="Dismiss" successMessage="Dismissed.">
                <input type="hidden" name="articleId" value={data.article.id} />
                <input type="hidden" name="key" value={s.key} />
              </ActionForm>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
