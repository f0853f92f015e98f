import { type Term, termsOf } from "./terms";

/**
 * Who a sentence says made a statement: "X said", "said X", "X told AFP", "according to X",
 * "X estimated". The speaker's name is the run of capitalized words (with "al-", "Abu" and the
 * like) next to the verb; a description beside it ("security analyst", "a senior analyst at …")
 * comes along. A pronoun or "the expert" names the last speaker named before it, marked inferred.
 */
export type Speaker = { name: string; description: string | null; inferred: boolean };
export type Attribution = { verb: string; speaker: Speaker | null };

const VERBS = new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "estimated",
  "estimates",
  "added",
  "stated",
  "wrote",
  "tweeted",
]);
const PRONOUNS = /^(he|she|they)$/i;
const ROLE_NOUNS =
  /^(expert|analyst|official|spokesman|spokeswoman|spokesperson|minister|commander|officer|researcher|professor)$/i;
const NOT_NAMES = new Set(["the", "a", "an", "but", "and", "in", "on", "this", "that", "it", "iraqi", "u.s."]);
const CONNECTORS = /^(al|el|bin|ibn|abu|de|van|von)$/i;

const bare = (t: Term) => t.text.replace(/[“”"‘’,.;:!?()]/gu, "");
const endsClause = (t: Term) => /[,;:“”"()]/u.test(t.post);
const startsClause = (t: Term) => /[“"(]/u.test(t.pre);

function isNameWord(t: Term, next?: Term): boolean {
  const w = bare(t);
  if (!w || NOT_NAMES.has(w.toLowerCase())) return false;
  if (t.tags.has("Month") || t.tags.has("WeekDay") || t.tags.has("Date")) return false;
  if (/^(al|el|bin|ibn|abu)-\p{L}/iu.test(w)) return true;
  if (CONNECTORS.test(w) && next && /^\p{Lu}/u.test(bare(next))) return true;
  return /^\p{Lu}/u.test(w);
}

/** The run of name words ending at index `last` (inclusive), going back. */
function nameRunEndingAt(terms: Term[], last: number): [number, number] | null {
  let first = last + 1;
  for (let i = last; i >= 0 && last - i < 5; i--) {
    if (!isNameWord(terms[i]!, terms[i + 1])) break;
    if (i < last && endsClause(terms[i]!)) break;
    first = i;
    if (startsClause(terms[i]!)) break;
  }
  return first <= last ? [first, last] : null;
}

function nameRunStartingAt(terms: Term[], first: number): [number, number] | null {
  let last = first - 1;
  for (let i = first; i < terms.length && i - first < 5; i++) {
    if (!isNameWord(terms[i]!, terms[i + 1])) break;
    last = i;
    if (endsClause(terms[i]!)) break;
  }
  return last >= first ? [first, last] : null;
}

const textOf = (terms: Term[], [a, b]: [number, number]) =>
  terms
    .slice(a, b + 1)
    .map((t, i, all) => (i === all.length - 1 ? bare(t) : t.text + t.post))
    .join("")
    .trim();

/** A description in the words between two indexes: "security analyst", "a senior analyst at X". */
function description(terms: Term[], a: number, b: number): string | null {
  if (b < a) return null;
  // A clause with a verb ("…, has an active force") is what was said, not who said it.
  if (terms.slice(a, b + 1).some((t) => t.tags.has("Verb") && !t.tags.has("Adjective") && !t.text.includes("-")))
    return null;
  const words = textOf(terms, [a, b])
    .replace(/^(a|an|the)(\s+|$)/i, "")
    .trim();
  if (!words || /^(who|which|that)\b/i.test(words) || words.split(/\s+/).length > 14) return null;
  if (!/\p{Ll}/u.test(words)) return null;
  // Capitalized only because it opens the sentence ("Security analyst X said").
  return a === 0 && !terms[0]!.tags.has("ProperNoun") ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

type Found = Omit<Speaker, "inferred"> & { inferredHere?: boolean };

/** "X, a senior analyst at …": the description set off by a comma after a name. */
function appositiveAfter(terms: Term[], run: [number, number]): string | null {
  if (!endsClause(terms[run[1]]!)) return null;
  let end = run[1] + 1;
  while (end < terms.length - 1 && !endsClause(terms[end]!)) end++;
  return description(terms, run[1] + 1, end);
}

/** The speaker next to the verb at index v, if the sentence names one. */
function speakerAt(terms: Term[], v: number, after: number, verb: string): Found | "previous" | null {
  const before = terms[v - 1];
  // "…, said Rasha Al Aqeedi, a senior analyst at …"; "told X" names who heard it, never the speaker.
  const following = verb === "told" || verb === "tells" ? null : nameRunStartingAt(terms, after);
  if (following && (!before || endsClause(before) || before.tags.has("Adverb"))) {
    return { name: textOf(terms, following), description: appositiveAfter(terms, following) };
  }
  if (!before) return null;
  if (PRONOUNS.test(bare(before))) {
    // "Nuri Mahmoud … gave a speech in which he said": the name the sentence opens with.
    const opening = nameRunStartingAt(terms, 0);
    if (opening && opening[1] < v - 1) return { name: textOf(terms, opening), description: null, inferredHere: true };
    return "previous";
  }
  // "The expert added", "The Iraqi official added": the speaker named before.
  if (ROLE_NOUNS.test(bare(before)) && !endsClause(before)) {
    let open = v - 1;
    while (open > 0 && v - open < 4 && !endsClause(terms[open - 1]!)) open--;
    const opensClause = open === 0 || endsClause(terms[open - 1]!);
    if (opensClause && /^the$/i.test(bare(terms[open]!))) return "previous";
  }
  // "Col. Wayne Marotto, spokesman for the U.S.-led coalition, told VOA": the appositive between.
  if (endsClause(before)) {
    let open = v - 2;
    while (open >= 0 && !endsClause(terms[open]!)) open--;
    if (open < 0) return null;
    const run = nameRunEndingAt(terms, open);
    if (!run) return null;
    return { name: textOf(terms, run), description: description(terms, open + 1, v - 1) };
  }
  const run = nameRunEndingAt(terms, v - 1);
  if (!run) return null;
  let start = run[0] - 1;
  while (start >= 0 && !endsClause(terms[start]!) && run[0] - start <= 6) start--;
  return { name: textOf(terms, run), description: description(terms, start + 1, run[0] - 1) };
}

/** The attribution in a sentence, or null when it attributes nothing. */
export function findAttribution(sentence: string, previous: Speaker | null): Attribution | null {
  const terms = termsOf(sentence);
  for (let i = 0; i < terms.length; i++) {
    const w = bare(terms[i]!).toLowerCase();
    const according = w === "according" && bare(terms[i + 1] ?? terms[i]!).toLowerCase() === "to";
    if (!according && !VERBS.has(w)) continue;
    if (according) {
      const run = nameRunStartingAt(terms, i + 2);
      const speaker = run
        ? { name: textOf(terms, run), description: appositiveAfter(terms, run), inferred: false }
        : null;
      return { verb: "according to", speaker };
    }
    const found = speakerAt(terms, i, i + 1, w);
    if (found === "previous") return { verb: w, speaker: previous ? { ...previous, inferred: true } : null };
    if (!found) return { verb: w, speaker: null };
    return {
      verb: w,
      speaker: { name: found.name, description: found.description, inferred: Boolean(found.inferredHere) },
    };
  }
  return null;
}
