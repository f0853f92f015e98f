import { z } from "zod";

/** Forms of article versions and re-anchoring, shared by the forms and their server actions. */
const id = z.string().min(1).max(64);

export const BODY_MAX = 200_000;
export const REASON_MAX = 500;

export const changeBodySchema = z.object({
  articleId: id,
  expectedNumber: z.coerce.number().int().positive(),
  body: z
    .string()
    .trim()
    .min(1, "Write the article's text.")
    .max(BODY_MAX, `At most ${BODY_MAX.toLocaleString("en")} characters.`),
  reason: z.string().trim().min(1, "Say what was corrected, and why.").max(REASON_MAX, "At most 500 characters."),
});

export const resolveSchema = z.discriminatedUnion("action", [
  z.object({ itemId: id, action: z.literal("confirm") }),
  z.object({ itemId: id, action: z.literal("detach") }),
  z.object({
    itemId: id,
    action: z.literal("reselect"),
    passage: z
      .string()
      .trim()
      .min(1, "Type or paste the words in the new version.")
      .max(2000, "At most 2,000 characters."),
    before: z.string().max(500, "At most 500 characters.").optional(),
  }),
]);

export const decideRevisionSchema = z.object({
  revisionId: id,
  decision: z.enum(["approve", "reject"]),
  comment: z.string().max(1000, "At most 1,000 characters.").optional().default(""),
});

const index = z.coerce.number().int().min(0);

/** "Import as a new version of this article", from the confirmation page of a staged import. */
export const reimportSchema = z.object({
  importId: id,
  articleId: id,
  expectedNumber: z.coerce.number().int().positive(),
  start: index,
  end: index,
  remove: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(index)),
});
