import { toAsciiDigits } from "../text/digits";
import { numberMatchesOf, type Term, termsOf } from "./terms";

/**
 * A figure found in a sentence: a value or a low–high range, its unit (the noun it counts), and
 * how the text qualifies it. "nearly", "about", "an estimated" make it approximate; "at least" and
 * "more than" make the number a lower bound, "up to" and "fewer than" an upper bound.
 */
export type Figure = {
  /** The words of the figure in the sentence, qualifier included ("at least five"). */
  text: string;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approximate: boolean;
  bound: "lower" | "upper" | null;
  qualifier: string | null;
};

type Span = { start: number; end: number; num: number };

const APPROXIMATE = [
  "an estimated",
  "estimated",
  "approximately",
  "roughly",
  "around",
  "about",
  "nearly",
  "almost",
  "close to",
  "some",
  "near",
];
const LOWER = ["at least", "more than", "over", "no fewer than", "no less than", "upwards of", "in excess of"];
const UPPER = ["up to", "fewer than", "less than", "at most", "no more than", "under"];
const QUALIFIERS = [
  ...APPROXIMATE.map((q) => ({ q, kind: "approximate" as const })),
  ...LOWER.map((q) => ({ q, kind: "lower" as const })),
  ...UPPER.map((q) => ({ q, kind: "upper" as const })),
].sort((a, b) => b.q.length - a.q.length);

const MONTHS =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december)$/i;
// Numerals, with thousands separators and decimals; a hyphen range is two of them.
const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

const numberOf = (text: string) => Number(text.replace(/,/g, ""));

/** Numerals by regex (reliable for digits), number words by compromise ("seven", "a thousand"). */
function numberSpans(sentence: string): (Span & { tags: Set<string> })[] {
  const words = numberMatchesOf(sentence);
  const spans: (Span & { tags: Set<string> })[] = [];
  for (const m of sentence.matchAll(NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of a word or a time ("09:00"), or a fragment of a longer numeral ("4.5" seen as "5").
    if (/[\w:.,]/.test(sentence[start - 1] ?? " ") && !/[-–—\s]/.test(sentence[start - 1] ?? " ")) continue;
    if (/^[:]\d/.test(sentence.slice(end, end + 2))) continue;
    const word = words.find((w) => w.start <= start && w.end >= end);
    // "$5 million", "2.5 million": the numeral and its multiplier are one number.
    if (word && /^\$?\s*[\d,.]+\s*(million|billion|thousand|hundred)$/i.test(sentence.slice(word.start, word.end))) {
      if (!spans.some((s) => s.start === word.start)) spans.push({ ...word });
      continue;
    }
    const scale = /^\s+(thousand|million|billion)\b/i.exec(sentence.slice(end));
    const factor = { thousand: 1e3, million: 1e6, billion: 1e9 }[scale?.[1]?.toLowerCase() as "million"] ?? 1;
    spans.push({
      start,
      end: end + (scale?.[0].length ?? 0),
      num: numberOf(m[0]) * factor,
      tags: word?.tags ?? new Set(),
    });
  }
  for (const w of words) {
    const text = sentence.slice(w.start, w.end);
    if (/\d/.test(text)) continue;
    // "one of the", "a": rarely a figure; "thousands", "a few", "dozens": no number to check.
    if (/^(one|a|an)$/i.test(text) || !(w.num > 0)) continue;
    if (/^(tens|hundreds|thousands|millions|dozens|a few|few|several|many)\b/i.test(text)) continue;
    // compromise leaves out the article of "a thousand".
    const article = /\b(an?)\s+$/i.exec(sentence.slice(Math.max(0, w.start - 4), w.start));
    spans.push(
      article && /^(hundred|thousand|million|billion|dozen)/i.test(text)
        ? { ...w, start: w.start - article[0].length }
        : w,
    );
  }
  return spans.sort((a, b) => a.start - b.start);
}

const wordBefore = (sentence: string, at: number) => /([A-Za-z]+)\.?\s*,?\s*$/.exec(sentence.slice(0, at))?.[1] ?? "";
const wordAfter = (sentence: string, at: number) => /^\s*([A-Za-z]+)/.exec(sentence.slice(at))?.[1] ?? "";

/** Years, days of a month and clock times are dates, not figures. */
function isDatePart(sentence: string, span: Span & { tags: Set<string> }): boolean {
  if (span.tags.has("Year") || span.tags.has("Time") || span.tags.has("Ordinal")) return true;
  const text = sentence.slice(span.start, span.end);
  if (/^\d{4}$/.test(text) && span.num >= 1800 && span.num <= 2100) return true;
  if (
    /^\d{1,2}$/.test(text) &&
    (MONTHS.test(wordBefore(sentence, span.start)) || MONTHS.test(wordAfter(sentence, span.end)))
  )
    return true;
  return false;
}

/** The qualifier just before a figure ("at least", "nearly", "near-"), if any. */
function qualifierBefore(sentence: string, start: number) {
  const before = sentence.slice(Math.max(0, start - 24), start).toLowerCase();
  for (const { q, kind } of QUALIFIERS) {
    const m = new RegExp(`(?<![a-z])${q}(?:\\s+|-)$`).exec(before);
    if (m) return { kind, length: before.length - m.index };
  }
  return null;
}

const UNIT_STOP = new Set(["of", "in", "at", "on", "from", "to", "for", "by", "with", "and", "or", "who", "that"]);

/** The noun a figure counts: the last noun of the words right after it ("1,000 ISIS fighters" → fighters). */
function unitAfter(sentence: string, terms: Term[], start: number, end: number): string {
  const rest = sentence.slice(end);
  if (/^\s*(%|percent\b|per cent\b)/i.test(rest)) return "percent";
  if (sentence[start] === "$" || sentence[start - 1] === "$") return "dollars";
  let following = terms.filter((t) => t.start >= end);
  // "four of their hideouts": the noun after "of their/the".
  if (following[0] && /^of$/i.test(following[0].text)) {
    following = following.slice(1);
    if (following[0] && (following[0].tags.has("Determiner") || following[0].tags.has("Possessive")))
      following = following.slice(1);
  }
  // "900,000 displaced", "11,500 killed": a participle stands for the people it describes.
  const firstTerm = following[0];
  if (firstTerm && firstTerm.tags.has("PastTense") && !firstTerm.tags.has("Noun")) return firstTerm.text.toLowerCase();
  let unit = "";
  for (const [i, t] of following.entries()) {
    if (i >= 5 || UNIT_STOP.has(t.text.toLowerCase())) break;
    // An acronym ("IS fighters", "ISIS"), even one compromise reads as a verb.
    if (/^[A-Z]{2,}$/.test(t.text)) {
      if (/[,;:.!?)”"]/.test(t.post)) break;
      continue;
    }
    if (t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Gerund")) break;
    if (t.tags.has("Value") || t.tags.has("Preposition") || t.tags.has("Determiner")) break;
    if (t.tags.has("Gerund") && !t.tags.has("Noun")) continue; // "50 hiding places"
    if (t.tags.has("Noun") && !t.tags.has("Pronoun")) unit = t.text;
    else if (!t.tags.has("Adjective") && !t.tags.has("Acronym")) break;
    if (/[,;:.!?)”"]/.test(t.post)) break;
  }
  const clean = unit.replace(/[’']s$/u, "");
  return clean === clean.toUpperCase() ? clean : clean.toLowerCase();
}

/** Every figure in one sentence, in order. */
export function findFigures(rawSentence: string): Figure[] {
  const sentence = toAsciiDigits(rawSentence);
  const terms = termsOf(sentence);
  const spans = numberSpans(sentence).filter((s) => !isDatePart(sentence, s));
  const figures: Figure[] = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i]!;
    let last = first;
    const next = spans[i + 1];
    if (next) {
      const between = sentence.slice(first.end, next.start);
      const before = sentence.slice(0, first.start);
      if (/^\s*(to|[-–—])\s*$/i.test(between) || (/^\s*and\s*$/i.test(between) && /\bbetween\s*$/i.test(before))) {
        last = next;
        i++;
      }
    }
    let start = first.start;
    const range = last !== first;
    if (range && /\bbetween\s*$/i.test(sentence.slice(0, start)))
      start = sentence.slice(0, start).search(/between\s*$/i);
    const qualifier = qualifierBefore(sentence, start);
    const qStart = qualifier ? start - qualifier.length : start;
    const unit = unitAfter(sentence, terms, first.start, last.end);
    if (!unit) continue; // a bare number ("in 2013-2014", "one of them") is not a figure to check
    figures.push({
      text: rawSentence.slice(qStart, last.end),
      start: qStart,
      end: last.end,
      value: range ? null : first.num,
      low: range ? Math.min(first.num, last.num) : null,
      high: range ? Math.max(first.num, last.num) : null,
      unit,
      approximate: qualifier?.kind === "approximate",
      bound: qualifier && qualifier.kind !== "approximate" ? qualifier.kind : null,
      qualifier: qualifier ? sentence.slice(qStart, start).trim().replace(/-$/, "").toLowerCase() : null,
    });
  }
  return figures;
}
