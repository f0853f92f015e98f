/**
 * Highlighted text as plain segments, rendered by React as text and <mark> (never as HTML).
 * PostgreSQL's ts_headline marks matches with two private-use characters (never HTML tags), and
 * `segmentsFromMarked` splits on them; `markTerms` marks substrings for names, where a partial
 * (trigram) match has no lexeme to mark.
 */
export type Segment = { text: string; mark: boolean };

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export function segmentsFromMarked(marked: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  let text = "";
  const push = () => {
    if (text) segments.push({ text, mark });
    text = "";
  };
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      push();
      mark = ch === MARK_START;
    } else text += ch;
  }
  push();
  return merge(segments);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Marks every case-insensitive occurrence of the terms (two characters or more). */
export function markTerms(text: string, terms: string[]): Segment[] {
  const usable = terms.map((t) => t.trim()).filter((t) => [...t].length >= 2);
  if (usable.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(
    usable
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|"),
    "giu",
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return merge(segments);
}

/** Adjacent segments of the same kind joined (ts_headline marks each word of a phrase apart). */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.mark === s.mark) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The words and "quoted phrases" of a query, at most `max` of them. */
export function splitTerms(q: string, max: number): { text: string; phrase: boolean }[] {
  const terms: { text: string; phrase: boolean }[] = [];
  const clean = q.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, " ");
  for (const match of clean.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    const text = (match[1] ?? match[2]).replace(/"/g, "").trim();
    if (text) terms.push({ text, phrase: phrase && /\s/.test(text) });
    if (terms.length === max) break;
  }
  return terms;
}
