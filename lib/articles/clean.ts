import { createHash } from "node:crypto";

/**
 * How to turn a captured page into an article body: keep the text from the first paragraph
 * that starts with `startAt` to the paragraph that ends with `endAfter`, and drop whole
 * paragraphs listed in `dropParagraphs` (photo captions, "related" links, repeated headlines).
 * An editor's trimming is stored as these rules, so it can be re-applied to a corrected import.
 */
export type CleaningRules = {
  startAt?: string;
  endAfter?: string;
  dropParagraphs?: string[];
};

export class CleaningError extends Error {}

/** Normalizes line endings and whitespace so offsets are stable across platforms. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00A0]+\n/g, "\n")
    .trim();
}

export function splitParagraphs(text: string): string[] {
  return normalizeText(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter((p) => p.length > 0);
}

export function cleanArticleText(raw: string, rules: CleaningRules = {}): string {
  const paragraphs = splitParagraphs(raw);
  let first = 0;
  let last = paragraphs.length - 1;
  if (rules.startAt) {
    first = paragraphs.findIndex((p) => p.startsWith(rules.startAt!));
    if (first < 0) throw new CleaningError(`No paragraph starts with "${rules.startAt}".`);
  }
  if (rules.endAfter) {
    const end = paragraphs.findIndex((p, i) => i >= first && p.endsWith(rules.endAfter!));
    if (end < 0) throw new CleaningError(`No paragraph after the start ends with "${rules.endAfter}".`);
    last = end;
  }
  const drop = new Set(rules.dropParagraphs ?? []);
  for (const d of drop) {
    if (!paragraphs.slice(first, last + 1).includes(d)) {
      throw new CleaningError(`Paragraph to drop not found in the body: "${d.slice(0, 60)}".`);
    }
  }
  return paragraphs
    .slice(first, last + 1)
    .filter((p) => !drop.has(p))
    .join("\n\n");
}

export function hashContent(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}
