import { narrowestCovering, segmentText } from "@/lib/anchoring/segments";
import { STATUS_LABEL } from "@/lib/claims/format";
import { claimPath } from "@/lib/claims/paths";
import styles from "./article-body.module.css";

type Status = keyof typeof STATUS_LABEL;
type Highlight = { id: string; start: number; end: number; claimId: string; statement: string; status: Status };

export { styles as articleBodyStyles };

/**
 * The article body with each quote marked and linked to its claim, tinted by that claim's status
 * (the underline style says the status too, and the title names it). Overlapping quotes split into
 * runs; a run covered by more than one quote is doubly underlined and links to the narrowest of
 * them. The first run of each quote carries its anchor (#q-<id>) so claim pages can point at it.
 *
 * Each run is described by its claims' entries in the page's list of claims (`describedBy`, the
 * element id of a claim's entry), which hold the statements: repeating a statement in every run's
 * title made an article with 300 quotes 450 KB.
 */
export function HighlightedText({
  text,
  highlights,
  describedBy,
}: {
  text: string;
  highlights: Highlight[];
  describedBy: (claimId: string) => string;
}) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const segments = segmentText(text, highlights);
  return (
    <>
      {segments.map((s) => {
        if (s.covering.length === 0) return <span key={s.start}>{s.text}</span>;
        const first = narrowestCovering(s, byId);
        const anchorId = s.opens[0] ? `q-${s.opens[0]}` : undefined;
        const claims = [...new Map(s.covering.map((id) => byId.get(id)!).map((h) => [h.claimId, h])).values()];
        const title = claims.map((h) => `${STATUS_LABEL[h.status]} claim`).join(" | ");
        const classes = [styles.mark, styles[first.status.toLowerCase()], s.covering.length > 1 && styles.overlap]
          .filter(Boolean)
          .join(" ");
        return (
          <mark key={s.start} id={anchorId} className={classes} data-quote-ids={s.covering.join(" ")}>
            <a
              href={claimPath({ id: first.claimId, statement: first.statement })}
              title={title}
              aria-describedby={claims.map((h) => describedBy(h.claimId)).join(" ")}
            >
              {s.text}
            </a>
          </mark>
        );
      })}
    </>
  );
}

/** Explains the tints and underlines above the text (spans, not marks: only quotes are marked). */
export function HighlightLegend() {
  return (
    <ul className={styles.legend} aria-label="How highlights are marked">
      <li>
        <span className={`${styles.mark} ${styles.corroborated} ${styles.sample}`}>solid underline</span> corroborated
      </li>
      <li>
        <span className={`${styles.mark} ${styles.conflicting} ${styles.sample}`}>wavy underline</span> conflicting
      </li>
      <li>
        <span className={`${styles.mark} ${styles.sample}`}>dotted underline</span> unverified
      </li>
    </ul>
  );
}
