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

/** True when the exact words and their whole stored context are at `start`: no other place can fit better. */
function fitsExactly(body: string, stored: Stored, start: number): boolean {
  const end = start + stored.exact.length;
  return (
    start >= 0 &&
    body.startsWith(stored.exact, start) &&
    body.slice(Math.max(0, start - stored.prefix.length), start) === stored.prefix &&
    body.slice(end, end + stored.suffix.length) === stored.suffix
  );
}

/**
 * Where a position of the old body is in the new one, when the edit between them leaves it
 * untouched: the text both share at the start and at the end (one edited region, the usual
 * correction). Null inside the edited region. Only a shortcut: the search decides otherwise.
 */
export function positionMap(oldBody: string, newBody: string): (start: number, end: number) => number | null {
  const max = Math.min(oldBody.length, newBody.length);
  let head = 0;
  while (head < max && oldBody.charCodeAt(head) === newBody.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    oldBody.charCodeAt(oldBody.length - 1 - tail) === newBody.charCodeAt(newBody.length - 1 - tail)
  )
    tail++;
  const delta = newBody.length - oldBody.length;
  return (start, end) => (end <= head ? start : start >= oldBody.length - tail ? start + delta : null);
}

/**
 * `hints` are where the quote's start may be now (positionMap of the edit, or the shift the quotes
 * before it moved by); when its words and whole stored context are there, that is the answer
 * without searching the text: no other place can fit better.
 */
export function reanchorQuote(body: string, stored: Stored, hints: (number | null)[] = []): ReanchorOutcome {
  const { exact } = stored;
  for (const start of [stored.start, ...hints]) {
    if (start !== null && fitsExactly(body, stored, start)) {
      const anchor = selectorsAt(body, start, start + exact.length);
      return { kind: start === stored.start ? "same" : "moved", anchor };
    }
  }
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

  // Near where the quote should be first (cheap); the whole text only if nothing fits well there.
  const expected = [...hints].reverse().find((h): h is number => h !== null) ?? stored.start;
  const span = exact.length + NEARBY;
  const [lo, hi] = [Math.max(0, expected - span), Math.min(body.length, expected + span)];
  let best = bestApproximate(body, stored, lo, hi);
  if ((!best || best.context < MIN_MOVED_CONTEXT) && (lo > 0 || hi < body.length)) {
    const global = bestApproximate(body, stored, 0, body.length);
    if (global && (!best || global.score > best.score)) best = global;
  }
  if (!best) return { kind: "orphaned" };
  return { kind: "fuzzy", anchor: selectorsAt(body, best.start, best.end), similarity: best.similarity };
}

/**
 * Re-anchors quotes given in text order (by stored start), each with where the edit maps it
 * (`mapped`, positionMap's answer): the shift of the last quote placed is the likeliest for the
 * next, so it is tried too. One outcome per quote, in the same order.
 */
export function reanchorInTextOrder<Q extends Stored>(
  body: string,
  quotes: readonly Q[],
  mapped: (quote: Q) => number | null,
): ReanchorOutcome[] {
  let shift = 0;
  return quotes.map((quote) => {
    const outcome = reanchorQuote(body, quote, [mapped(quote), quote.start + shift]);
    if (outcome.kind === "same" || outcome.kind === "moved") shift = outcome.anchor.start - quote.start;
    return outcome;
  });
}

/** How far around the expected place the approximate search looks first, in characters. */
const NEARBY = 2000;

type Approximate = { start: number; end: number; similarity: number; context: number; score: number };

/** The best approximate match in body[lo, hi) at least MIN_SIMILARITY alike, ranked as Hypothesis does. */
function bestApproximate(body: string, stored: Stored, lo: number, hi: number): Approximate | null {
  const { exact } = stored;
  const maxErrors = Math.min(256, exact.length * (1 - MIN_SIMILARITY));
  const candidates = approximateMatches(body.slice(lo, hi), exact, maxErrors);
  // The words weigh most, then the context, then closeness as a tie-break.
  let best: Approximate | null = null;
  for (const c of candidates) {
    const [start, end] = [c.start + lo, c.end + lo];
    if (end <= start) continue;
    const similarity = 1 - c.errors / exact.length;
    if (similarity < MIN_SIMILARITY) continue;
    const context = contextScore(body, start, end, stored.prefix, stored.suffix);
    const position = 1 - Math.abs(start - stored.start) / Math.max(1, body.length);
    const score = 50 * similarity + 40 * context + 2 * position;
    if (!best || score > best.score) best = { start, end, similarity, context, score };
  }
  return best;
}

export type ReanchorSummary = Record<OutcomeKind, number>;

export function summarize(outcomes: ReanchorOutcome[]): ReanchorSummary {
  const summary: ReanchorSummary = { same: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const o of outcomes) summary[o.kind]++;
  return summary;
}
