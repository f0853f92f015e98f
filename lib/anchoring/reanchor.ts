import type { Anchor } from "./selectors";
import { selectorsAt } from "./selectors";
import { approximateMatches, contextScore, exactOccurrences } from "./match";

/**
 * Re-anchoring a stored quote to a new version of its article's body, in this order (issue 11):
 *  1. the same position, if the exact words are still there and their context fits best there;
 *  2. else the exact words elsewhere, the occurrence whose prefix and suffix fit best;
 *  3. else an approximate match whose words are at least MIN_SIMILARITY alike: "fuzzy", which a
 *     person must confirm;
 *  4. else "orphaned".
 * Only outcomes 1 and 2 may be applied without a person, and 2 only when the context agrees
 * (MIN_MOVED_CONTEXT): the same words in a different sentence are offered as fuzzy, never moved
 * silently. A quote is never dropped: every input gets exactly one outcome.
 */
export type ReanchorOutcome =
  | { kind: "same"; anchor: Anchor }
  | { kind: "moved"; anchor: Anchor }
  | { kind: "fuzzy"; anchor: Anchor; similarity: number }
  | { kind: "orphaned" };

export type OutcomeKind = ReanchorOutcome["kind"];

/** Below this, an approximate match is not offered at all (the quote is orphaned). */
export const MIN_SIMILARITY = 0.6;
/** The same words elsewhere move silently only when their prefix and suffix are at least this alike. */
export const MIN_MOVED_CONTEXT = 0.5;

type Stored = Anchor;

function bestByContext(body: string, stored: Stored, starts: number[], length: number) {
  let best = { start: starts[0], score: -1 };
  for (const start of starts) {
    const score = contextScore(body, start, start + length, stored.prefix, stored.suffix);
    const closer = Math.abs(start - stored.start) < Math.abs(best.start - stored.start);
    if (score > best.score || (score === best.score && closer)) best = { start, score };
  }
  return best;
}

export function reanchorQuote(body: string, stored: Stored): ReanchorOutcome {
  const { exact } = stored;
  const starts = exactOccurrences(body, exact);
  if (starts.length > 0) {
    const samePlace = starts.includes(stored.start);
    if (starts.length === 1 && samePlace) return { kind: "same", anchor: selectorsAt(body, stored.start, stored.end) };
    const best = bestByContext(body, stored, starts, exact.length);
    const anchor = selectorsAt(body, best.start, best.start + exact.length);
    if (best.start === stored.start) return { kind: "same", anchor };
    if (best.score >= MIN_MOVED_CONTEXT) return { kind: "moved", anchor };
    return { kind: "fuzzy", anchor, similarity: 1 };
  }

  const maxErrors = Math.min(256, exact.length * (1 - MIN_SIMILARITY));
  const candidates = approximateMatches(body, exact, maxErrors);
  if (candidates.length === 0) return { kind: "orphaned" };
  // Ranked as Hypothesis does: the words weigh most, then the context, then closeness as a tie-break.
  let best: { start: number; end: number; similarity: number; score: number } | null = null;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const wordScore = 1 - c.errors / exact.length;
    const context = contextScore(body, c.start, c.end, stored.prefix, stored.suffix);
    const position = 1 - Math.abs(c.start - stored.start) / Math.max(1, body.length);
    const score = 50 * wordScore + 40 * context + 2 * position;
    if (!best || score > best.score) best = { start: c.start, end: c.end, similarity: wordScore, score };
  }
  if (!best || best.similarity < MIN_SIMILARITY) return { kind: "orphaned" };
  return { kind: "fuzzy", anchor: selectorsAt(body, best.start, best.end), similarity: best.similarity };
}

export type ReanchorSummary = Record<OutcomeKind, number>;

export function summarize(outcomes: ReanchorOutcome[]): ReanchorSummary {
  const summary: ReanchorSummary = { same: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const o of outcomes) summary[o.kind]++;
  return summary;
}
