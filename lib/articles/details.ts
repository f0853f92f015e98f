import type { DatePrecision, TextDirection } from "../enums";
import { ARTICLE_DETAIL_LABEL } from "../labels";
import type { ArticleMetadataInput } from "./schemas";

/**
 * An article's details as one flat record (the outlet by name, the date as YYYY-MM-DD at its
 * precision): what a change's history shows before → after, what a revision of a public article
 * proposes and what it was proposed against. Pure, so the pages and the data layer share it.
 */
export type ArticleDetails = {
  headline: string;
  outlet: string | null;
  outletInferred: boolean;
  authors: string[];
  authorsInferred: boolean;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  publishedInferred: boolean;
  publishedNote: string | null;
  url: string | null;
  language: string;
  direction: TextDirection;
  languageInferred: boolean;
};

export type DetailField = keyof ArticleDetails;

/** Every field, in the form's order. */
const DETAIL_FIELDS = Object.keys(ARTICLE_DETAIL_LABEL) as DetailField[];

const iso = (on: Date | null) => (on ? on.toISOString().slice(0, 10) : null);

/** The details of an article row as the data layer selects it (DETAILS_SELECT in tx-helpers.ts). */
export function detailsOf(row: {
  headline: string;
  outlet: { name: string } | null;
  outletInferred: boolean;
  authors: string[];
  authorsInferred: boolean;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedInferred: boolean;
  publishedNote: string | null;
  url: string | null;
  language: string;
  direction: TextDirection;
  languageInferred: boolean;
}): ArticleDetails {
  const { outlet, publishedOn, ...rest } = row;
  return { ...rest, outlet: outlet?.name ?? null, published: iso(publishedOn) };
}

/**
 * The details an editor's form asks for, from the current ones. The outlet named in other letter
 * case is the same outlet (resolveOutletByName agrees), so it keeps its recorded name. The
 * schema has already cleared an "inferred" box that qualifies no value.
 */
export function detailsFromInput(current: ArticleDetails, input: ArticleMetadataInput): ArticleDetails {
  const sameOutlet = (current.outlet ?? "").toLowerCase() === (input.outlet ?? "").toLowerCase();
  return {
    headline: input.headline,
    outlet: sameOutlet ? current.outlet : input.outlet,
    outletInferred: input.outletInferred,
    authors: input.authors,
    authorsInferred: input.authorsInferred,
    published: iso(input.published?.on ?? null),
    publishedPrecision: input.published?.precision ?? null,
    publishedInferred: input.publishedInferred,
    publishedNote: input.publishedNote,
    url: input.url,
    language: input.language,
    direction: input.direction,
    languageInferred: input.languageInferred,
  };
}

/** The fields whose values differ, in the form's order. */
export function changedFields(before: ArticleDetails, after: ArticleDetails): DetailField[] {
  return DETAIL_FIELDS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Only the named fields of a record (what a history entry keeps of before and after). */
export function pickFields(details: ArticleDetails, fields: readonly DetailField[]): Partial<ArticleDetails> {
  return Object.fromEntries(fields.map((key) => [key, details[key]]));
}

export type DetailChange = { field: DetailField; label: string; before: string; after: string };

const shown = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : Array.isArray(value)
      ? value.join(", ") || "—"
      : typeof value === "boolean"
        ? value
          ? "yes"
          : "no"
        : String(value);

/**
 * A change as lines a person reads ("Outlet: — → Agence France-Presse"), from the JSON a history
 * entry or a revision stored; fields it does not know are left out rather than guessed at.
 */
export function describeChange(before: unknown, after: unknown): DetailChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return DETAIL_FIELDS.filter((field) => field in a && JSON.stringify(a[field]) !== JSON.stringify(b[field])).map(
    (field) => ({ field, label: ARTICLE_DETAIL_LABEL[field], before: shown(b[field]), after: shown(a[field]) }),
  );
}
