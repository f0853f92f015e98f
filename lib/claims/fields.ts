import { z } from "zod";
import { formatPreciseDate } from "../dates/precision";
import { DatePrecision } from "../enums";
import { formatQuantity } from "./format";

/**
 * A claim's own fields that the public reads: the published columns, or a pending draft of them
 * (stored as JSON on the claim until a reviewer approves the revision). Internal notes are not
 * among them: they are staff-only and apply at once. Pure, shared by the data layer and the pages.
 */
const precision = z.enum(DatePrecision);
const day = z.coerce.date().nullable();

export const quantityFieldsSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string(),
  approximate: z.boolean(),
  asOf: day,
  asOfPrecision: precision.nullable(),
  asOfInferred: z.boolean(),
  scopePlace: z.string().nullable(),
  scopePopulation: z.string().nullable(),
  scopeMethod: z.string().nullable(),
  // What the figure counts (resolveMeasure in lib/claims/mutations.ts). Absent, not null, when there is none, so
  // that figures recorded before measures existed keep the same canonical form in their history.
  measureId: z.string().optional(),
});

export const claimFieldsSchema = z.object({
  statement: z.string(),
  subjectId: z.string(),
  speakerId: z.string().nullable(),
  statedOn: day,
  statedPrecision: precision.nullable(),
  statedInferred: z.boolean(),
  quantity: quantityFieldsSchema.nullable(),
});

export type QuantityFields = z.infer<typeof quantityFieldsSchema>;
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

/** A claim row with its quantity, or fields already picked (a row's measure may be null). */
type FieldsRow = Omit<ClaimFields, "quantity"> & {
  quantity: (Omit<QuantityFields, "measureId"> & { measureId?: string | null }) | null;
};

/** Picks the public fields from a claim row (with its quantity), dropping anything else. */
export function fieldsOf(row: FieldsRow): ClaimFields {
  const q = row.quantity;
  return {
    statement: row.statement,
    subjectId: row.subjectId,
    speakerId: row.speakerId,
    statedOn: row.statedOn,
    statedPrecision: row.statedPrecision,
    statedInferred: row.statedInferred,
    quantity: q
      ? {
          value: q.value,
          low: q.low,
          high: q.high,
          unit: q.unit,
          approximate: q.approximate,
          asOf: q.asOf,
          asOfPrecision: q.asOfPrecision,
          asOfInferred: q.asOfInferred,
          scopePlace: q.scopePlace,
          scopePopulation: q.scopePopulation,
          scopeMethod: q.scopeMethod,
          ...(q.measureId ? { measureId: q.measureId } : {}),
        }
      : null,
  };
}

export function sameFields(a: FieldsRow, b: FieldsRow): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));
}

/** One changed field as every audience reads it: "Figure: 7 family members → 70 family members". */
export type FieldChange = { field: string; before: string | null; after: string | null };

/** Names of the subjects, speakers and measures the fields point at. */
export type FieldNames = {
  subjects: Map<string, string>;
  speakers: Map<string, string>;
  measures: Map<string, string>;
};

function dateText(on: Date | null, precision: DatePrecision | null, inferred: boolean): string | null {
  return on && precision ? formatPreciseDate({ on, precision, inferred }) : null;
}

/** The readable form of each field, in the order a reader meets them on the claim page. */
function readable(f: ClaimFields, names: FieldNames): [string, string | null][] {
  const q = f.quantity;
  return [
    ["Statement", f.statement],
    ["Subject", names.subjects.get(f.subjectId) ?? "an unknown subject"],
    ["Said by", f.speakerId ? (names.speakers.get(f.speakerId) ?? "an unknown speaker") : null],
    ["When said", dateText(f.statedOn, f.statedPrecision, f.statedInferred)],
    ["Figure", q ? formatQuantity(q) : null],
    ["Measure", q?.measureId ? (names.measures.get(q.measureId) ?? "an unknown measure") : null],
    ["Figure as of", q ? dateText(q.asOf, q.asOfPrecision, q.asOfInferred) : null],
    ["Where", q?.scopePlace ?? null],
    ["Who or what was counted", q?.scopePopulation ?? null],
    ["How it was counted", q?.scopeMethod ?? null],
  ];
}

/** The fields that differ, before → after, in full (never cut short). */
export function diffFields(before: ClaimFields, after: ClaimFields, names: FieldNames): FieldChange[] {
  const a = readable(before, names);
  const b = readable(after, names);
  return a.flatMap(([field, was], i) => (was === b[i][1] ? [] : [{ field, before: was, after: b[i][1] }]));
}

/** The ids a diff needs names for. */
export function referencedIds(...fields: ClaimFields[]) {
  return {
    subjectIds: [...new Set(fields.map((f) => f.subjectId))],
    speakerIds: [...new Set(fields.flatMap((f) => (f.speakerId ? [f.speakerId] : [])))],
    measureIds: [...new Set(fields.flatMap((f) => (f.quantity?.measureId ? [f.quantity.measureId] : [])))],
  };
}
