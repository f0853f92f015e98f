import deskStyles from "@/components/desk/desk.module.css";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import { DeskActionForm } from "@/components/desk/desk-actions";
import { PendingTag } from "@/components/change-list";
import type { StaffClaim } from "@/lib/claims/staff-queries";

/**
 * Where the claim appears. Quotes are added from the article workspace (select the words there);
 * a quote cited as evidence is refused removal by the data layer, and the refusal shows here.
 */
export function QuotesSection({ claim }: { claim: StaffClaim }) {
  return (
    <section aria-labelledby="quotes" className={deskStyles.claimSection}>
      <h2 id="quotes">Quotes</h2>
      {claim.quotes.length === 0 && (
        <p className={txt.muted}>No quotes yet. Open an article on the desk and add a passage to this claim.</p>
      )}
      <ul className={txt.stack}>
        {claim.quotes.map((q) => {
          const article = q.articleVersion.article;
          return (
            <li key={q.id} className={cardClass}>
              <PendingTag change={q.pendingChange} />
              {q.redactedAt ? (
                <p className={txt.muted}>This quote was redacted; the history says when and why.</p>
              ) : (
                <blockquote dir="auto">{q.exact}</blockquote>
              )}
              <p className={txt.meta}>
                {article.outlet?.name ?? "Unknown outlet"} ·{" "}
                {/* A full page load, so the browser scrolls to the highlight and sets :target on it. */}
                <a href={`/desk/articles/${article.id}#hl-q-${q.id}`}>{article.headline}</a>
                {q.articleVersion.number > 1 && <> (version {q.articleVersion.number})</>}
              </p>
              {q.pendingChange !== "REMOVE" && claim.visibility !== "WITHDRAWN" && (
                <DeskActionForm use="removeQuote" submitLabel="Remove quote">
                  <input type="hidden" name="quoteId" value={q.id} />
                  <input type="hidden" name="claimId" value={claim.id} />
                </DeskActionForm>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
