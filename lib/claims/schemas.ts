import { z } from "zod";
import { parsePreciseDate } from "../dates/precision";
import { ClaimLinkType, ClaimStatus, DECISIONS, ProposalKind, RedactionTarget, SpeakerKind } from "../enums";

/** Shared by the claim forms and the data layer (no server-only here). */
export const preciseDateSchema = z
  .object({ text: z.string().trim(), inferred: z.boolean().default(false) })
  .transform((value, ctx) => {
    const parsed = parsePreciseDate(value.text, value.inferred);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "Use YYYY, YYYY-MM or YYYY-MM-DD." });
      return z.NEVER;
    }
    return parsed;
  });

const optionalText = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

export const quantitySchema = z
  .object({
    value: z.number().finite().nullable().optional(),
    low: z.number().finite().nullable().optional(),
    high: z.number().finite().nullable().optional(),
    unit: z.string().trim().min(1, "Give a unit, e.g. “fighters”.").max(80),
    approximate: z.boolean().default(false),
    asOf: preciseDateSchema.nullable().optional(),
    scopePlace: optionalText,
    scopePopulation: optionalText,
    scopeMethod: optionalText,
    // What the figure counts: an existing measure of the claim's subject, or a new one by name.
    // Neither keeps the figure's current measure, or for a new figure names one after its unit.
    measureId: z.string().min(1).nullable().optional(),
    newMeasureName: z.string().trim().max(120, "At most 120 characters.").nullable().optional(),
  })
  .superRefine((q, ctx) => {
    const single = q.value != null;
    const range = q.low != null || q.high != null;
    if (single === range) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Give either a single value or a low–high range." });
    }
    if (range && (q.low == null || q.high == null)) {
      ctx.addIssue({ code: "custom", path: ["high"], message: "A range needs both low and high." });
    }
    if (q.low != null && q.high != null && q.low > q.high) {
      ctx.addIssue({ code: "custom", path: ["high"], message: "High must not be below low." });
    }
  });

const speakerKind = z.enum(SpeakerKind);

/**
 * A claim as the data layer takes it. Subject and speaker are picked by id, or named to be
 * created in the same transaction ("pick or create").
 */
export const claimInputSchema = z
  .object({
    statement: z.string().trim().min(1, "Write the claim.").max(280, "At most 280 characters."),
    subjectId: z.string().nullable().optional(),
    newSubjectName: z.string().trim().max(120, "At most 120 characters.").nullable().optional(),
    speakerId: z.string().nullable().optional(),
    newSpeaker: z
      .object({
        name: z.string().trim().min(1).max(120, "At most 120 characters."),
        kind: speakerKind.default("PERSON"),
        description: optionalText,
      })
      .nullable()
      .optional(),
    stated: preciseDateSchema.nullable().optional(),
    quantity: quantitySchema.nullable().optional(),
    internalNotes: optionalText,
  })
  .superRefine((c, ctx) => {
    if (!c.subjectId && !c.newSubjectName) {
      ctx.addIssue({ code: "custom", path: ["subjectId"], message: "Pick a subject or name a new one." });
    }
  });

export type ClaimInput = z.input<typeof claimInputSchema>;
export type ParsedClaimInput = z.output<typeof claimInputSchema>;

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.url({ protocol: /^https?$/, error: "Use a full http(s):// address." }).nullable());

const isoDay = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(z.iso.date("Use YYYY-MM-DD.").nullable())
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

/** Evidence a status decision can rest on. */
export const evidenceInputSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("EXTERNAL_URL"),
    url: z.url({ protocol: /^https?$/, error: "Use a full http(s):// address." }),
    title: z.string().trim().max(300).optional(),
    archivedUrl: optionalUrl.optional(),
    archivedAt: isoDay.optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  z.object({
    kind: z.literal("QUOTE"),
    quoteId: z.string().min(1, "Pick a quote."),
    note: z.string().trim().max(2000).optional(),
  }),
  z.object({ kind: z.literal("NOTE"), note: z.string().trim().min(1, "Write the note.").max(2000) }),
]);
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

export const commentInputSchema = z.object({
  body: z.string().trim().min(1, "Write a comment.").max(4000, "At most 4,000 characters."),
});

/**
 * The claim editor's form, field by field as the browser sends it, turned into a ClaimInput,
 * which the data layer then validates (so its messages land beside the same fields).
 */
const text = z.string().optional().default("");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
const numberText = text.transform((v, ctx) => {
  const cleaned = v.replace(/[,\s]/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: "custom", message: "Enter a number." });
    return z.NEVER;
  }
  return n;
});

export const claimFormSchema = z
  .object({
    statement: text,
    subjectId: text,
    newSubjectName: text,
    speakerId: text,
    newSpeakerName: text,
    newSpeakerKind: speakerKind.optional().default("PERSON"),
    newSpeakerDescription: text,
    stated: text,
    statedInferred: checkbox,
    hasQuantity: checkbox,
    value: numberText,
    low: numberText,
    high: numberText,
    unit: text,
    measure: z.string().trim().max(120, "At most 120 characters.").optional().default(""),
    approximate: checkbox,
    asOf: text,
    asOfInferred: checkbox,
    scopePlace: text,
    scopePopulation: text,
    scopeMethod: text,
    internalNotes: text,
  })
  .transform((f): ClaimInput => ({
    statement: f.statement,
    subjectId: f.subjectId || null,
    newSubjectName: f.subjectId ? null : f.newSubjectName || null,
    speakerId: f.speakerId || null,
    newSpeaker:
      !f.speakerId && f.newSpeakerName
        ? { name: f.newSpeakerName, kind: f.newSpeakerKind, description: f.newSpeakerDescription }
        : null,
    stated: f.stated ? { text: f.stated, inferred: f.statedInferred } : null,
    quantity: f.hasQuantity
      ? {
          value: f.value,
          low: f.low,
          high: f.high,
          unit: f.unit,
          newMeasureName: f.measure.trim() || null,
          approximate: f.approximate,
          asOf: f.asOf ? { text: f.asOf, inferred: f.asOfInferred } : null,
          scopePlace: f.scopePlace,
          scopePopulation: f.scopePopulation,
          scopeMethod: f.scopeMethod,
        }
      : null,
    internalNotes: f.internalNotes,
  }));

const id = z.string().min(1);
const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]));

export const selectionSchema = z.object({
  articleVersionId: id,
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
});

export const linkFormSchema = z.object({
  claimId: id,
  otherClaimId: z.string().min(1, "Pick the other claim."),
  type: z.enum(ClaimLinkType, "Pick how they relate."),
  // "from": this claim <type> the other ("this updates that"); "to": the other <type> this one.
  direction: z.enum(["from", "to"]).default("from"),
  note: z.string().trim().max(1000, "At most 1,000 characters.").optional(),
});

const optionalChoice = <T extends Record<string, string>>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values, message)])
    .optional()
    .transform((v) => v || null);

export const proposalFormSchema = z.object({
  claimId: id,
  kind: z.enum(ProposalKind, "Pick what you propose."),
  to: optionalChoice(ClaimStatus, "Pick the new status."),
  rationale: z.string().trim().min(1, "Say why: the rationale is required.").max(4000, "At most 4,000 characters."),
  evidenceIds: idList,
  publicReason: z
    .string()
    .trim()
    .max(1000, "At most 1,000 characters.")
    .optional()
    .transform((v) => v || null),
  redactionTarget: optionalChoice(RedactionTarget, "Pick what to redact."),
  redactionQuoteId: z
    .string()
    .optional()
    .transform((v) => v || null),
});
export type ProposalForm = z.output<typeof proposalFormSchema>;

export const decisionFormSchema = z.object({
  reviewId: id,
  decision: z.enum(DECISIONS),
  comment: z.string().trim().max(4000, "At most 4,000 characters.").optional(),
  publicSummary: z
    .string()
    .trim()
    .max(1000, "At most 1,000 characters.")
    .optional()
    .transform((v) => v || null),
  statusHolds: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
});
export type DecisionForm = z.output<typeof decisionFormSchema>;
