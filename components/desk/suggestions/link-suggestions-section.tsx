import deskStyles from "@/components/desk/desk.module.css";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { ActionForm, type ActionFormProps } from "@/components/action-form";
import { StatusBadge } from "@/components/status-badge";
import { LINK_LABEL } from "@/lib/claims/format";
import type { LinkSuggestion } from "@/lib/suggestions/links";
import styles from "./suggestions.module.css";

/**
 * Claims that may be the same proposition or figure as this one, each with the link it suggests:
 * one click records it through the link form's own action (the editor's decision), or dismisses it.
 * The route hands in the suggestions and both actions (components/ never imports app/ or the data layer).
 */
export function LinkSuggestionsSection({
  claimId,
  suggestions,
  linkAction,
  dismissAction,
}: {
  claimId: string;
  suggestions: LinkSuggestion[];
  linkAction: ActionFormProps<void>["action"];
  dismissAction: ActionFormProps<void>["action"];
}) {
  return (
    <section aria-labelledby="link-suggestions" className={deskStyles.claimSection}>
      <h2 id="link-suggestions">Possibly related claims</h2>
      {suggestions.length === 0 ? (
        <p className={txt.muted}>No other claim looks like the same proposition or the same figure.</p>
      ) : (
        <ul className={styles.list}>
          {suggestions.map((s) => {
            const label = LINK_LABEL[s.type][s.direction === "from" ? "outgoing" : "incoming"];
            return (
              <li key={s.other.id} className={`${cardClass} link-suggestion`}>
                <p className={txt.meta}>
                  Suggested: <strong>{label.toLowerCase()}</strong> · {s.reason}
                </p>
                <p className={styles.sentence}>
                  <StatusBadge status={s.other.status} />{" "}
                  <Link href={`/desk/claims/${s.other.id}`} dir="auto">
                    {s.other.statement}
                  </Link>
                </p>
                <div className={styles.actions}>
                  <ActionForm action={linkAction} submitLabel={`Link: ${label.toLowerCase()}`} successMessage="Linked.">
                    <input type="hidden" name="claimId" value={claimId} />
                    <input type="hidden" name="otherClaimId" value={s.other.id} />
                    <input type="hidden" name="type" value={s.type} />
                    <input type="hidden" name="direction" value={s.direction} />
                    <input type="hidden" name="note" value={s.reason} />
                  </ActionForm>
                  <ActionForm action={dismissAction} submitLabel="Dismiss" successMessage="Dismissed.">
                    <input type="hidden" name="claimId" value={claimId} />
                    <input type="hidden" name="otherClaimId" value={s.other.id} />
                  </ActionForm>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
