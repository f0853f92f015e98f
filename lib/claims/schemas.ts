import { z } from "zod";
import { parsePreciseDate, preciseDateProblem } from "../dates/precision";
import { toAsciiDigits } from "../text/digits";
import "../validation/messages";
import { ClaimLinkType, ClaimStatus, DECISIONS, ProposalKind, RedactionTarget, SpeakerKind } from "../enums";

/**
 * Shared by the claim forms and the data layer (no server-only here). The one limit per field:
 * the schema refuses past it, and the form's input takes no more (maxLength) and counts down to it.
 */
export const CLAIM_LIMITS = {
  statement: 280,
  newSubjectName: 120,
  newSpeakerName: 120,
  newSpeakerDescription: 500,
  unit: 80,
  measure: 120,
  scopePlace: 500,
  scopePopulation: 500,
  scopeMethod: 500,
  internalNotes: 500,
} as const;
export const EVIDENCE_LIMITS = { title: 300, note: 2000 } as const;
export const COMMENT_LIMIT = 4000;
export const LINK_NOTE_LIMIT = 1000;
export const PROPOSAL_LIMITS = { rationale: 4000, publicReason: 1000 } as const;
export const DECISION_LIMITS = { comment: 4000, publicSummary: 1000 } as const;

export const preciseDateSchema = z
  .object({ text: z.string().trim(), inferred: z.boolean().default(false) })
  .transform((value, ctx) => {
    const parsed = parsePreciseDate(value.text, value.inferred);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: preciseDateProblem(value.text) });
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
    unit: z.string().trim().min(1, "Give a unit, e.g. “fighters”.").max(CLAIM_LIMITS.unit),
    approximate: z.boolean().default(false),
    asOf: preciseDateSchema.nullable().optional(),
    scopePlace: optionalText,
    scopePopulation: optionalText,
    scopeMethod: optionalText,
    // What the figure counts: an existing measure of the claim's subject, or a new one by name.
    // Neither keeps the figure's current measure, or for a new figure names one after its unit.
    measureId: z.string().min(1).nullable().optional(),
    newMeasureName: z.string().trim().max(CLAIM_LIMITS.measure).nullable().optional(),
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
    statement: z.string().trim().min(1, "Write the claim.").max(CLAIM_LIMITS.statement),
    subjectId: z.string().nullable().optional(),
    newSubjectName: z.string().trim().max(CLAIM_LIMITS.newSubjectName).nullable().optional(),
    speakerId: z.string().nullable().optional(),
    newSpeaker: z
      .object({
        name: z.string().trim().min(1).max(CLAIM_LIMITS.newSpeakerName),
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
    title: z.string().trim().max(EVIDENCE_LIMITS.title).optional(),
    archivedUrl: optionalUrl.optional(),
    archivedAt: isoDay.optional(),
    note: z.string().trim().max(EVIDENCE_LIMITS.note).optional(),
  }),
  z.object({
    kind: z.literal("QUOTE"),
    quoteId: z.string().min(1, "Pick a quote."),
    note: z.string().trim().max(EVIDENCE_LIMITS.note).optional(),
  }),
  z.object({ kind: z.literal("NOTE"), note: z.string().trim().min(1, "Write the note.").max(EVIDENCE_LIMITS.note) }),
]);
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

export const commentInputSchema = z.object({
  body: z.string().trim().min(1, "Write a comment.").max(COMMENT_LIMIT),
});

/**
 * The claim editor's form, field by field as the browser sends it, turned into a ClaimInput,
 * which the data layer then validates (so its messages land beside the same fields).
 */
const text = z.string().optional().default("");
/** A text field with its one limit (CLAIM_LIMITS), so the refusal names the form's own field. */
const limited = (max: number) => z.string().trim().max(max).optional().default("");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
const numberText = text.transform((v, ctx) => {
  const cleaned = toAsciiDigits(v).replace(/[,\s]/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: "custom", message: "Enter a number." });
    return z.NEVER;
  }
  return n;
});

/** The fields of the figure: any of them filled means the editor typed a figure. */
export const FIGURE_FIELDS = [
  "value",
  "low",
  "high",
  "unit",
  "measure",
  "asOf",
  "scopePlace",
  "scopePopulation",
  "scopeMethod",
] as const;
export const FIGURE_UNTICKED =
  "You filled in a figure: tick “This claim states a figure” to save it with the claim, or clear its fields.";
export const NEW_SUBJECT_AND_PICKED =
  "You picked an existing subject and typed a new one: choose “— new subject (below) —” to use the new one, or clear this box.";
export const NEW_SPEAKER_AND_PICKED =
  "You picked an existing speaker and typed a new name: choose “— none, or new (below) —” to use the new one, or clear this box.";

export const claimFormSchema = z
  .object({
    statement: limited(CLAIM_LIMITS.statement),
    subjectId: text,
    newSubjectName: limited(CLAIM_LIMITS.newSubjectName),
    speakerId: text,
    newSpeakerName: limited(CLAIM_LIMITS.newSpeakerName),
    newSpeakerKind: speakerKind.optional().default("PERSON"),
    newSpeakerDescription: limited(CLAIM_LIMITS.newSpeakerDescription),
    stated: text,
    statedInferred: checkbox,
    hasQuantity: checkbox,
    value: numberText,
    low: numberText,
    high: numberText,
    unit: limited(CLAIM_LIMITS.unit),
    measure: limited(CLAIM_LIMITS.measure),
    approximate: checkbox,
    asOf: text,
    asOfInferred: checkbox,
    scopePlace: limited(CLAIM_LIMITS.scopePlace),
    scopePopulation: limited(CLAIM_LIMITS.scopePopulation),
    scopeMethod: limited(CLAIM_LIMITS.scopeMethod),
    internalNotes: limited(CLAIM_LIMITS.internalNotes),
  })
  .superRefine((f, ctx) => {
    // A figure typed but not ticked is asked about, never dropped: the editor decides.
    if (!f.hasQuantity && FIGURE_FIELDS.some((name) => f[name] !== null && f[name] !== "")) {
      ctx.addIssue({ code: "custom", path: ["hasQuantity"], message: FIGURE_UNTICKED });
    }
    // Both a pick and a typed name: asked about too, never one of them dropped.
    if (f.subjectId && f.newSubjectName) {
      ctx.addIssue({ code: "custom", path: ["newSubjectName"], message: NEW_SUBJECT_AND_PICKED });
    }
    if (f.speakerId && f.newSpeakerName) {
      ctx.addIssue({ code: "custom", path: ["newSpeakerName"], message: NEW_SPEAKER_AND_PICKED });
    }
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
  note: z.string().trim().max(LINK_NOTE_LIMIT).optional(),
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
  rationale: z.string().trim().min(1, "Say why: the rationale is required.").max(PROPOSAL_LIMITS.rationale),
  evidenceIds: idList,
  publicReason: z
    .string()
    .trim()
    .max(PROPOSAL_LIMITS.publicReason)
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
  comment: z.string().trim().max(DECISION_LIMITS.comment).optional(),
  publicSummary: z
    .string()
    .trim()
    .max(DECISION_LIMITS.publicSummary)
    .optional()
    .transform((v) => v || null),
  statusHolds: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
});
export type DecisionForm = z.output<typeof decisionFormSchema>;

/**
 * Where a quote goes: the latest version of an article, found either by its exact words (sample
 * data, imports) or by the offsets of an editor's selection in the version they were looking at.
 */
export type QuoteTarget =
  | { articleId: string; exact: string; prefix?: string; suffix?: string }
  | { articleVersionId: string; start: number; end: number };
