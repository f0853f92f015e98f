import deskStyles from "@/components/desk/desk.module.css";
import { narrowestCovering, segmentText } from "@/lib/anchoring/segments";
import { STATUS_LABEL } from "@/lib/claims/format";
import type { Visibility } from "@/lib/enums";

export type DeskHighlight = {
  id: string;
  start: number;
  end: number;
  claim: {
    id: string;
    statement: string;
    status: keyof typeof STATUS_LABEL;
    visibility: Visibility;
  };
};

type Props = { text: string; highlights: DeskHighlight[]; idPrefix: string };

const describe = (h: DeskHighlight) =>
  `${h.claim.statement} (${STATUS_LABEL[h.claim.status]}${h.claim.visibility === "PUBLIC" ? "" : `, ${h.claim.visibility.toLowerCase()}`})`;

/**
 * The article body for the annotator, with every quote marked and linked to its claim's desk page.
 * The rendered text is exactly the body, nothing added: the annotator counts selection offsets
 * over this DOM's text. So a run's claim list is not text in it: it is a tooltip (title on hover,
 * CSS generated content from data-claims on keyboard focus) and, for screen readers, a description
 * rendered outside the text.
 */
export function AnnotatorText({ text, highlights, idPrefix }: Props) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  return segmentText(text, highlights).map((s) => {
    if (s.covering.length === 0) return <span key={s.start}>{s.text}</span>;
    const covering = s.covering.map((id) => byId.get(id)!);
    const target = narrowestCovering(s, byId);
    const internal = covering.some((h) => h.claim.visibility !== "PUBLIC");
    const claims =
      (covering.length > 1 ? `${covering.length} claims quote this:\n` : "") +
      covering.map((h) => `• ${describe(h)}`).join("\n");
    return (
      <mark
        key={s.start}
        id={s.opens[0] ? `${idPrefix}q-${s.opens[0]}` : undefined}
        className={[
          deskStyles[target.claim.status.toLowerCase()],
          covering.length > 1 && deskStyles.overlap,
          internal && deskStyles.internal,
        ]
          .filter(Boolean)
          .join(" ")}
        data-quote-ids={s.covering.join(" ")}
      >
        {/* Not draggable: a drag that starts on a highlight must select text, not drag the link. */}
        <a
          href={`/desk/claims/${target.claim.id}`}
          draggable={false}
          title={claims}
          data-claims={claims}
          aria-describedby={`${idPrefix}run-${s.start}`}
        >
          {s.text}
        </a>
      </mark>
    );
  });
}

/** What each highlighted run's link is described by; rendered outside the annotated text. */
export function AnnotatorDescriptions({ text, highlights, idPrefix }: Props) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  return (
    <div hidden>
      {segmentText(text, highlights)
        .filter((s) => s.covering.length > 0)
        .map((s) => (
          <span key={s.start} id={`${idPrefix}run-${s.start}`}>
            {s.covering.length > 1 ? `Quoted for ${s.covering.length} claims: ` : "Quoted for the claim: "}
            {s.covering.map((id) => describe(byId.get(id)!)).join("; ")}
          </span>
        ))}
    </div>
  );
}
