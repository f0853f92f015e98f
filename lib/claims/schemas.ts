import { z } from "zod";
import { parsePreciseDate } from "../dates/precision";

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

export const claimInputSchema = z.object({
  statement: z.string().trim().min(1, "Write the claim.").max(280, "At most 280 characters."),
  subjectId: z.string().min(1, "Pick a subject."),
  speakerId: z.string().min(1).nullable().optional(),
  stated: preciseDateSchema.nullable().optional(),
  quantity: quantitySchema.nullable().optional(),
  visibility: z.enum(["PUBLIC", "INTERNAL"]).default("PUBLIC"),
  internalNotes: optionalText,
});

export type ClaimInput = z.input<typeof claimInputSchema>;
export type ParsedClaimInput = z.output<typeof claimInputSchema>;
