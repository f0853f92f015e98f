/**
 * A guess at a text's language and direction from its letters, and for Latin-script text from its
 * commonest short words. Always a guess: callers store it as inferred unless the page declares it.
 */
export type LanguageGuess = { language: string; direction: "LTR" | "RTL" };

const SCRIPTS: { language: string; direction: "LTR" | "RTL"; letters: RegExp }[] = [
  { language: "ar", direction: "RTL", letters: /[\u0600-\u06FF\u0750-\u077F]/g },
  { language: "he", direction: "RTL", letters: /[\u0590-\u05FF]/g },
  { language: "ru", direction: "LTR", letters: /[\u0400-\u04FF]/g },
  { language: "el", direction: "LTR", letters: /[\u0370-\u03FF]/g },
  { language: "zh", direction: "LTR", letters: /[\u4E00-\u9FFF]/g },
];

const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "that", "was", "for", "said"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"],
  es: ["el", "la", "los", "las", "y", "que", "del", "una", "por", "para"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "sich"],
};

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20_000);
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  let best = { language: "en", direction: "LTR" as "LTR" | "RTL", count: latin };
  for (const script of SCRIPTS) {
    const count = sample.match(script.letters)?.length ?? 0;
    if (count > best.count) best = { language: script.language, direction: script.direction, count };
  }
  if (best.language === "ar" && /[پچژگ]/.test(sample)) best.language = "fa";
  if (best.count !== latin) return { language: best.language, direction: best.direction };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = Object.entries(STOPWORDS).map(([language, list]) => {
    const set = new Set(list);
    return { language, count: words.filter((w) => set.has(w)).length };
  });
  counts.sort((a, b) => b.count - a.count);
  return { language: counts[0].count > 0 ? counts[0].language : "en", direction: "LTR" };
}
