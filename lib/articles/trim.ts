import type { CleaningRules } from "./clean";

/**
 * An editor's trimming of an import, by paragraph ("block") index: the article runs from `start`
 * to `end` (both kept), and the blocks in `remove` (captions, "related" boxes, newsletter prompts)
 * are dropped from inside that range. The raw import is never changed; the trim is stored with the
 * version so the body can always be rebuilt from it.
 */
export type Trim = { start: number; end: number; remove: number[] };

export class TrimError extends Error {}

export const untrimmed = (blocks: readonly string[]): Trim => ({ start: 0, end: blocks.length - 1, remove: [] });

export function checkTrim(blocks: readonly string[], trim: Trim): Trim {
  const { start, end } = trim;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end >= blocks.length) {
    throw new TrimError("The start and end must be paragraphs of the import.");
  }
  if (start > end) throw new TrimError("The article must end after it starts.");
  const remove = [...new Set(trim.remove)].sort((a, b) => a - b);
  if (remove.some((i) => !Number.isInteger(i) || i < start || i > end)) {
    throw new TrimError("Only paragraphs between the start and the end can be removed.");
  }
  if (remove.length === end - start + 1) throw new TrimError("Keep at least one paragraph.");
  return { start, end, remove };
}

/** The paragraphs kept, in order. */
export function keptBlocks(blocks: readonly string[], trim: Trim): string[] {
  const checked = checkTrim(blocks, trim);
  const removed = new Set(checked.remove);
  return blocks.slice(checked.start, checked.end + 1).filter((_, i) => !removed.has(i + checked.start));
}

export function applyTrim(blocks: readonly string[], trim: Trim): string {
  return keptBlocks(blocks, trim).join("\n\n");
}

/**
 * The trim that marker rules (lib/articles/clean.ts: start at the paragraph that starts with…,
 * end after the one that ends with…, drop these paragraphs) describe on these blocks, so a trim
 * written as text, like the sample data's, can be applied to an import.
 */
export function trimFromRules(blocks: readonly string[], rules: CleaningRules): Trim {
  let start = 0;
  let end = blocks.length - 1;
  if (rules.startAt) {
    start = blocks.findIndex((b) => b.startsWith(rules.startAt!));
    if (start < 0) throw new TrimError(`No paragraph starts with "${rules.startAt}".`);
  }
  if (rules.endAfter) {
    end = blocks.findIndex((b, i) => i >= start && b.endsWith(rules.endAfter!));
    if (end < 0) throw new TrimError(`No paragraph after the start ends with "${rules.endAfter}".`);
  }
  const remove: number[] = [];
  for (const text of rules.dropParagraphs ?? []) {
    const matches = blocks.flatMap((b, i) => (b === text && i >= start && i <= end ? [i] : []));
    if (matches.length === 0) throw new TrimError(`Paragraph to drop not found in the body: "${text.slice(0, 60)}".`);
    remove.push(...matches);
  }
  return checkTrim(blocks, { start, end, remove });
}
