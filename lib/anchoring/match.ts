import approxSearch from "approx-string-match";

/**
 * Approximate matching of a quote in a text (edit distance, Myers' bit-parallel algorithm from
 * approx-string-match, the library Hypothesis anchors with). Scores are between 0 and 1.
 */
export type Candidate = { start: number; end: number; errors: number };

export function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** 1 minus the edit distance of the best match of `str` in `text`, per character of `str`. */
export function similarity(text: string, str: string): number {
  if (!str) return 1;
  if (!text) return 0;
  if (text.includes(str)) return 1;
  const [best] = approxSearch(text, str, str.length).sort((a, b) => a.errors - b.errors);
  return best ? 1 - best.errors / str.length : 0;
}

/** How well the text around [start, end) fits a quote's stored prefix and suffix (0 to 1). */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const after = similarity(text.slice(end, end + suffix.length), suffix);
  return (before + after) / 2;
}

/** Approximate matches of `quote` with at most `maxErrors` edits. */
export function approximateMatches(text: string, quote: string, maxErrors: number): Candidate[] {
  if (!quote || !text) return [];
  return approxSearch(text, quote, Math.floor(maxErrors));
}
