import { createHash } from "node:crypto";
import { normalizeForHash } from "../articles/import/extract";
import { toAsciiDigits } from "../text/digits";
import { type Attribution, findAttribution, type Speaker } from "./attribution";
import { type Figure, findFigures } from "./figures";
import { sentencesOf } from "./terms";

/**
 * Claim suggestions for an article body: each sentence that carries a figure (one suggestion per
 * figure) or attributes a statement to a named speaker. Only suggestions: nothing is recorded
 * until an editor accepts one and saves the claim.
 */
export type ClaimSuggestion = {
  /** Stable across versions and imports of the same words: what a dismissal remembers. */
  key: string;
  /** The sentence, as offsets into the body and its text. */
  start: number;
  end: number;
  sentence: string;
  figure: Figure | null;
  attribution: Attribution | null;
};

const keyOf = (sentence: string, figure: Figure | null) =>
  createHash("sha256")
    .update(`${normalizeForHash(sentence)}|${figure ? normalizeForHash(figure.text) : "attribution"}`)
    .digest("hex")
    .slice(0, 32);

// A sentence without a digit, a number word or an attribution verb carries nothing to suggest, and
// is not tagged at all (tagging is most of the cost).
const CANDIDATE =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|said|says|say|told|tells|according|estimated|estimates|added|stated|wrote|tweeted)\b/i;

export function suggestClaims(body: string): ClaimSuggestion[] {
  const suggestions: ClaimSuggestion[] = [];
  let lastSpeaker: Speaker | null = null;
  for (const s of sentencesOf(toAsciiDigits(body))) {
    const sentence = body.slice(s.start, s.end);
    if (!CANDIDATE.test(s.text)) {
      lastSpeaker = null;
      continue;
    }
    const attribution = findAttribution(s.text, lastSpeaker);
    // "he said" names the speaker of the sentence just before, and only that one.
    lastSpeaker = attribution?.speaker ?? null;
    const figures = findFigures(sentence);
    for (const figure of figures) {
      suggestions.push({ key: keyOf(sentence, figure), ...s, sentence, figure, attribution });
    }
    if (figures.length === 0 && attribution?.speaker) {
      suggestions.push({ key: keyOf(sentence, null), ...s, sentence, figure: null, attribution });
    }
  }
  return suggestions;
}
