import nlp from "compromise";

/** One word of a sentence as compromise tags it, with its offsets in the sentence. */
export type Term = { text: string; pre: string; post: string; tags: Set<string>; start: number; end: number };

type CompromiseTerm = {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
};

/** The tagged words of one sentence (compromise's lexicon and rules: no model is downloaded). */
export function termsOf(sentence: string): Term[] {
  const docs = nlp(sentence).json({ offset: true }) as { terms: CompromiseTerm[] }[];
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

/** Number words and numerals compromise finds ("seven", "a thousand", "$5 million"), with offsets. */
export function numberMatchesOf(sentence: string): { start: number; end: number; num: number; tags: Set<string> }[] {
  const found = nlp(sentence).numbers().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    number: { num: number };
    terms: { tags: string[] }[];
  }[];
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

/** The article's sentences with their offsets in it (paragraphs first, then compromise's sentences). */
export function sentencesOf(body: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of body.matchAll(paragraph)) {
    const base = p.index;
    let cursor = 0;
    for (const s of nlp(p[0]).sentences().out("array") as string[]) {
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
