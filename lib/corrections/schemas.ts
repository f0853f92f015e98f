import { z } from "zod";

/**
 * A reader's correction request and the staff's answers: shared by the forms (limits, field names)
 * and the data layer (no server-only here).
 */
export const CORRECTION_LIMITS = { message: 2000, email: 254, sourceUrl: 2000, reply: 4000, reason: 1000 } as const;

/** The spam trap: a field people never see or fill in (docs/decisions/0016-correction-requests.md). */
export const HONEYPOT_FIELD = "website";
/** The signed moment the form was handed out (lib/corrections/form-stamp.ts). */
export const STAMP_FIELD = "formStamp";

const atMost = (n: number) => `At most ${n.toLocaleString("en")} characters.`;

/** Empty text is "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable().default(null));

export const correctionRequestSchema = z.object({
  claimId: z.string().min(1, "Choose a claim.").max(100),
  message: z
    .string("Say what is wrong.")
    .trim()
    .min(1, { error: "Say what is wrong.", abort: true })
    .min(10, "Say a little more: at least 10 characters.")
    .max(CORRECTION_LIMITS.message, atMost(CORRECTION_LIMITS.message)),
  email: optional(
    z
      .string()
      .trim()
      .max(CORRECTION_LIMITS.email, atMost(CORRECTION_LIMITS.email))
      .pipe(z.email("Enter an e-mail address like name@example.org, or leave it empty.")),
  ),
  sourceUrl: optional(
    z
      .string()
      .trim()
      .max(CORRECTION_LIMITS.sourceUrl, atMost(CORRECTION_LIMITS.sourceUrl))
      .pipe(z.url({ protocol: /^https?$/, error: "Use a full web address starting with https:// or http://." })),
  ),
  [HONEYPOT_FIELD]: z.string().default(""),
  [STAMP_FIELD]: z.string().max(200).default(""),
});
export type CorrectionRequestInput = z.output<typeof correctionRequestSchema>;

export const answerCorrectionSchema = z.object({
  requestId: z.string().min(1).max(100),
  reply: z
    .string("Write the reply.")
    .trim()
    .min(1, "Write the reply.")
    .max(CORRECTION_LIMITS.reply, atMost(CORRECTION_LIMITS.reply)),
});

export const closeCorrectionSchema = z.object({
  requestId: z.string().min(1).max(100),
  reason: z
    .string("Say why it is closed.")
    .trim()
    .min(1, "Say why it is closed.")
    .max(CORRECTION_LIMITS.reason, atMost(CORRECTION_LIMITS.reason)),
});

export const CORRECTION_STATES = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type CorrectionState = (typeof CORRECTION_STATES)[number];
export const CORRECTION_STATE_LABEL: Record<CorrectionState, string> = {
  OPEN: "Open",
  ANSWERED: "Answered",
  CLOSED: "Closed",
};
