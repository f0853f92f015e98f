import type { EvidenceKind } from "@/lib/enums";
import { EVIDENCE_KIND_LABEL } from "@/lib/labels";

/** One evidence item as a line of text, shared by the claim workspace and the review queue. */
export type EvidenceLike = {
  kind: EvidenceKind;
  url: string | null;
  title: string | null;
  note: string | null;
  quote?: { exact: string } | null;
};

export { EVIDENCE_KIND_LABEL };

export function evidenceText(e: EvidenceLike): string {
  const main =
    e.kind === "EXTERNAL_URL"
      ? (e.title ?? e.url ?? "")
      : e.kind === "QUOTE"
        ? e.quote
          ? `“${e.quote.exact}”`
          : "a quote of another claim"
        : (e.note ?? "");
  return `${EVIDENCE_KIND_LABEL[e.kind]}: ${main}`;
}
