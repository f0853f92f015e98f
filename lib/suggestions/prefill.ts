import type { ClaimSuggestion } from "./suggest";

/**
 * Accepting a suggestion opens the new-claim page with the sentence selected (the annotator's
 * `version`, `start`, `end`) and the claim editor pre-filled from these parameters. Nothing is
 * saved until the editor saves the claim.
 */
const PREFILL_FIELDS = [
  "statement",
  "speakerId",
  "newSpeakerName",
  "newSpeakerDescription",
  "stated",
  "statedInferred",
  "hasQuantity",
  "value",
  "low",
  "high",
  "unit",
  "approximate",
  "asOf",
  "asOfInferred",
  "internalNotes",
] as const;

const MAX_STATEMENT = 280;

/** The claim editor's initial values from the new-claim page's address (unknown names ignored). */
export function claimPrefillFromParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const initial: Record<string, string> = {};
  for (const name of PREFILL_FIELDS) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string" && value !== "") initial[name] = value.slice(0, 2000);
  }
  return initial;
}

/** Why a figure's number is what it is, for the editor's internal notes. */
function figureNote(s: ClaimSuggestion): string | null {
  const f = s.figure;
  if (!f?.bound) return null;
  return `Suggested from “${f.text}”: ${f.bound === "lower" ? "a lower bound (at least this many)" : "an upper bound (at most this many)"}.`;
}

export type AcceptContext = {
  versionId: string;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD), used as an inferred "stated" and "as of". */
  articleDate: string | null;
  /** An existing person matching the speaker's name, when there is exactly one. */
  speakerId: string | null;
};

/** The new-claim address that accepts a suggestion. */
export function acceptHref(s: ClaimSuggestion, context: AcceptContext): string {
  const params = new URLSearchParams({ version: context.versionId, start: String(s.start), end: String(s.end) });
  const set = (name: (typeof PREFILL_FIELDS)[number], value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") params.set(name, String(value));
  };
  const statement = s.sentence.replace(/\s+/g, " ").trim();
  set(
    "statement",
    statement.length > MAX_STATEMENT ? `${statement.slice(0, MAX_STATEMENT - 1).trimEnd()}…` : statement,
  );
  const speaker = s.attribution?.speaker;
  if (context.speakerId) set("speakerId", context.speakerId);
  else if (speaker) {
    set("newSpeakerName", speaker.name);
    set("newSpeakerDescription", speaker.description);
  }
  if (context.articleDate) {
    set("stated", context.articleDate);
    set("statedInferred", "on");
  }
  const f = s.figure;
  if (f) {
    set("hasQuantity", "on");
    set("value", f.value);
    set("low", f.low);
    set("high", f.high);
    set("unit", f.unit);
    if (f.approximate) set("approximate", "on");
    if (context.articleDate) {
      set("asOf", context.articleDate);
      set("asOfInferred", "on");
    }
    set("internalNotes", figureNote(s));
  }
  return `/desk/claims/new?${params}`;
}

/** How a figure reads in the suggestion list: "3,500–4,000 combatants", "at least 5 terrorists". */
export function describeFigure(f: NonNullable<ClaimSuggestion["figure"]>): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const number = f.value !== null ? n(f.value) : `${n(f.low!)}–${n(f.high!)}`;
  const qualifier =
    f.bound === "lower" ? "at least " : f.bound === "upper" ? "at most " : f.approximate ? "about " : "";
  return `${qualifier}${number} ${f.unit}`;
}
