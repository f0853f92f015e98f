/**
 * Anchoring a quote to an article body, after the W3C Web Annotation model: a TextQuoteSelector
 * (exact text plus a little context either side) and a TextPositionSelector (offsets in UTF-16
 * code units, as JavaScript strings count them). The quote selector is what survives edits; the
 * offsets make rendering cheap and are re-derived when the body changes.
 */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { start: number; end: number };
export type Anchor = TextQuoteSelector & TextPositionSelector;

export const CONTEXT_LENGTH = 32;

export class AnchoringError extends Error {}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a context boundary off the middle of a surrogate pair, so stored context is valid text. */
function contextStart(body: string, at: number): number {
  return at > 0 && isLowSurrogate(body.charCodeAt(at)) ? at + 1 : at;
}
function contextEnd(body: string, at: number): number {
  return at < body.length && isLowSurrogate(body.charCodeAt(at)) ? at - 1 : at;
}

export function selectorsAt(body: string, start: number, end: number): Anchor {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > body.length || start >= end) {
    throw new AnchoringError(`Selection ${start}-${end} is outside the text (length ${body.length}).`);
  }
  return {
    exact: body.slice(start, end),
    prefix: body.slice(contextStart(body, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: body.slice(end, contextEnd(body, Math.min(body.length, end + CONTEXT_LENGTH))),
    start,
    end,
  };
}

function occurrences(body: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = body.indexOf(exact); i >= 0; i = body.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/**
 * Finds `exact` in the body. When it occurs more than once, the prefix/suffix context decides;
 * an ambiguous or missing quote is an error rather than a guess.
 */
export function anchorQuote(body: string, quote: { exact: string; prefix?: string; suffix?: string }): Anchor {
  if (!quote.exact) throw new AnchoringError("The quote is empty.");
  const found = occurrences(body, quote.exact);
  if (found.length === 0) throw new AnchoringError(`Quote not found in the text: "${quote.exact.slice(0, 60)}".`);
  const fits = found.filter(
    (start) =>
      body.slice(0, start).endsWith(quote.prefix ?? "") &&
      body.slice(start + quote.exact.length).startsWith(quote.suffix ?? ""),
  );
  if (fits.length !== 1) {
    throw new AnchoringError(
      `Quote "${quote.exact.slice(0, 60)}" occurs ${fits.length === 0 ? "but not with the given context" : `${fits.length} times`}; give a longer prefix or suffix.`,
    );
  }
  return selectorsAt(body, fits[0], fits[0] + quote.exact.length);
}

/** True when the stored offsets still point at the stored exact text. */
export function anchorHolds(body: string, anchor: Anchor): boolean {
  return body.slice(anchor.start, anchor.end) === anchor.exact;
}
