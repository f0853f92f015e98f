/**
 * The synthetic newsroom's text: a seeded random source, a Zipf-distributed vocabulary (so some
 * search terms match most claims and others almost none), English and Arabic sentences, and
 * articles of 3–8 KB built from them. Pure and deterministic for a given seed.
 */

/** mulberry32: small, fast and good enough for test data; the same seed gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** Picks ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by inverting the cumulative sums. */
export function zipf(n: number, s: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cumulative[k] = sum += 1 / Math.pow(k + 1, s);
  return (rng) => {
    const target = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// Common newsroom words first: under a Zipf draw, "security" appears in most articles and the
// generated words at the end of the list almost nowhere.
const ENGLISH_COMMON = [
  "security",
  "forces",
  "said",
  "government",
  "province",
  "officials",
  "attack",
  "operation",
  "military",
  "fighters",
  "people",
  "killed",
  "report",
  "city",
  "border",
  "police",
  "minister",
  "army",
  "villages",
  "region",
  "statement",
  "interior",
  "ministry",
  "displaced",
  "civilians",
  "sources",
  "local",
  "council",
  "troops",
  "coalition",
  "camp",
  "families",
  "desert",
  "river",
  "bridge",
  "election",
  "parliament",
  "budget",
  "oil",
  "water",
  "hospital",
  "school",
  "market",
  "roads",
  "checkpoint",
  "weapons",
  "hideouts",
  "cells",
  "estimate",
  "analyst",
];
const ENGLISH_RARE_SYLLABLES = ["ka", "ro", "mi", "tal", "ven", "dor", "shi", "lum", "bex", "quo", "zar", "nel"];
const ARABIC_WORDS = [
  "الأمن",
  "القوات",
  "قال",
  "الحكومة",
  "المحافظة",
  "المسؤولون",
  "هجوم",
  "عملية",
  "العسكرية",
  "المقاتلين",
  "الناس",
  "قتل",
  "تقرير",
  "المدينة",
  "الحدود",
  "الشرطة",
  "الوزير",
  "الجيش",
  "القرى",
  "المنطقة",
  "بيان",
  "الداخلية",
  "وزارة",
  "النازحين",
  "المدنيين",
  "مصادر",
  "المحلي",
  "المجلس",
  "القوات",
  "التحالف",
  "المخيم",
  "العائلات",
  "الصحراء",
  "النهر",
  "الجسر",
  "الانتخابات",
  "البرلمان",
  "الميزانية",
  "النفط",
  "المياه",
];

/** The vocabulary: common words, then generated rare ones, so the tail is long. */
export function vocabulary(size: number, rng: Rng): string[] {
  const words = [...ENGLISH_COMMON];
  const seen = new Set(words);
  while (words.length < size) {
    const w = Array.from({ length: int(rng, 2, 4) }, () => pick(rng, ENGLISH_RARE_SYLLABLES)).join("");
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

export type Corpus = {
  rng: Rng;
  words: string[];
  wordRank: (rng: Rng) => number;
  names: string[];
};

export function corpus(seed: number, vocabularySize = 20_000): Corpus {
  const rng = random(seed);
  const words = vocabulary(vocabularySize, rng);
  const first = ["Hisham", "Sara", "Ahmed", "Layla", "Omar", "Nadia", "Karim", "Huda", "Yusuf", "Mariam"];
  const last = ["al-Hashemi", "Haddad", "Karimi", "Saleh", "Barzani", "Talabani", "Jaber", "Nouri", "Aziz", "Rahman"];
  const names: string[] = [];
  for (const f of first) for (const l of last) names.push(`${f} ${l}`);
  return { rng, words, wordRank: zipf(words.length, 1.05), names };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One English sentence of 8–22 Zipf words; some carry a figure ("about 3,500 fighters"). */
export function englishSentence(c: Corpus, speaker?: string): string {
  const rng = c.rng;
  const n = int(rng, 8, 22);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(c.words[c.wordRank(rng)]);
  if (rng() < 0.25) parts.splice(int(rng, 1, parts.length - 1), 0, "about", String(int(rng, 2, 9000)), "fighters");
  const body = capitalize(parts.join(" "));
  return speaker ? `${body}, ${speaker} said.` : `${body}.`;
}

export function arabicSentence(c: Corpus): string {
  const rng = c.rng;
  const n = int(rng, 8, 18);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(ARABIC_WORDS[zipfSmall(rng, ARABIC_WORDS.length)]);
  return `${parts.join(" ")}.`;
}

function zipfSmall(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(rng(), 2.2) * n));
}

export type GeneratedArticle = {
  body: string;
  /** [start, end) of each sentence in the body, in UTF-16 code units. */
  sentences: [number, number][];
  language: "en" | "ar";
};

/** An article of 3–8 KB: paragraphs of sentences, each sentence's position kept for quoting. */
export function article(c: Corpus, arabic: boolean): GeneratedArticle {
  const rng = c.rng;
  const target = int(rng, 3000, 8000);
  let body = "";
  const sentences: [number, number][] = [];
  while (body.length < target) {
    const paragraph = int(rng, 2, 5);
    for (let i = 0; i < paragraph; i++) {
      const sentence = arabic ? arabicSentence(c) : englishSentence(c, rng() < 0.3 ? pick(rng, c.names) : undefined);
      if (i > 0) body += " ";
      sentences.push([body.length, body.length + sentence.length]);
      body += sentence;
    }
    body += "\n\n";
  }
  return { body: body.trimEnd(), sentences, language: arabic ? "ar" : "en" };
}
