import { narrowestCovering, segmentText } from "@/lib/anchoring/segments";

type Highlight = { id: string; start: number; end: number; claimId: string; statement: string };

/**
 * The article body with each quote marked and linked to its claim. Overlapping quotes split into
 * runs; a run covered by more than one quote is drawn darker and links to the narrowest of them.
 * The first run of each quote carries its anchor (#q-<id>) so claim pages can point at it.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const segments = segmentText(text, highlights);
  return (
    <>
      {segments.map((s) => {
        if (s.covering.length === 0) return <span key={s.start}>{s.text}</span>;
        const first = narrowestCovering(s, byId);
        const anchorId = s.opens[0] ? `q-${s.opens[0]}` : undefined;
        const title = s.covering.map((id) => byId.get(id)!.statement).join(" | ");
        return (
          <mark
            key={s.start}
            id={anchorId}
            className={s.covering.length > 1 ? "overlap" : undefined}
            data-quote-ids={s.covering.join(" ")}
          >
            <a href={`/claims/${first.claimId}`} title={title}>
              {s.text}
            </a>
          </mark>
        );
      })}
    </>
  );
}
