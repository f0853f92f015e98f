import nlp from "compromise";

/**
 * What compromise (a rule-based English NLP library: its lexicon ships in the npm package, no
 * model is downloaded) tells us about a sentence: its tagged words and its numbers, with offsets.
 */
export type Term = { text: string; pre: string; post: string; tags: Set<string>; start: number; end: number };
export type NumberMatch = { start: number; end: number; num: number; tags: Set<string> };

type CompromiseTerm = {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
};
type CompromiseNumber = {
  offset: { start: number; length: number };
  number: { num: number };
  terms: { tags: string[] }[];
};
type Doc = ReturnType<typeof nlp>;
type Analysis = { terms: Term[]; numbers: NumberMatch[] };

// Figures and attributions both read a sentence's words: each sentence is tagged once.
const analyses = new Map<string, Analysis>();
const MAX_CACHED = 500;

function termsIn(doc: Doc): Term[] {
  const docs = doc.json({ offset: true }) as { terms: CompromiseTerm[] }[];
  return docs.flatMap((d) =>
    d.terms.map((t) => ({
      text: t.text,
      pre: t.pre,
      post: t.post,
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
    })),
  );
}

function numbersIn(doc: Doc, sentence: string): NumberMatch[] {
  const found = doc.numbers().json({ offset: true }) as CompromiseNumber[];
  return found.map((n) => {
    // The match's text carries trailing punctuation ("$5 million,"): the span ends at its last word.
    const text = sentence.slice(n.offset.start, n.offset.start + n.offset.length);
    const trimmed = text.replace(/[\s,.;:!?”"’)]+$/u, "");
    return {
      start: n.offset.start,
      end: n.offset.start + trimmed.length,
      num: n.number.num,
      tags: new Set(n.terms.flatMap((t) => t.tags)),
    };
  });
}

function analyze(sentence: string): Analysis {
  const cached = analyses.get(sentence);
  if (cached) return cached;
  const doc = nlp(sentence);
  const analysis = { terms: termsIn(doc), numbers: numbersIn(doc, sentence) };
  if (analyses.size >= MAX_CACHED) analyses.clear();
  analyses.set(sentence, analysis);
  return analysis;
}

/** The tagged words of one sentence. */
export const termsOf = (sentence: string): Term[] => analyze(sentence).terms;

/** Number words and numerals compromise finds ("seven", "a thousand", "$5 million"). */
export const numberMatchesOf = (sentence: string): NumberMatch[] => analyze(sentence).numbers;

/** The article's sentences with their offsets in it (paragraphs first, then compromise's sentences). */
export function sentencesOf(body: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of body.matchAll(paragraph)) {
    const base = p.index;
    let cursor = 0;
    // Tokenizing, without tagging, is enough to find where sentences end.
    for (const s of nlp.tokenize(p[0]).sentences().out("array") as string[]) {
      const text = s.trim();
      if (!text) continue;
      const at = p[0].indexOf(text, cursor);
      if (at < 0) continue; // compromise normalized something away: skip rather than misplace
      cursor = at + text.length;
      out.push({ start: base + at, end: base + at + text.length, text });
    }
  }
  return out;
}
