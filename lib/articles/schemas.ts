import { z } from "zod";
import { parsePreciseDate } from "../dates/precision";

/**
 * Article metadata as the import confirmation and the metadata editor send it (shared by the forms
 * and the data layer; no server-only here). Checkboxes arrive as "on" or not at all.
 */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optional = (max: number, message = `At most ${max} characters.`) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const articleMetadataSchema = z
  .object({
    headline: z.string().trim().min(1, "Give the headline.").max(300, "At most 300 characters."),
    authors: z
      .string()
      .trim()
      .max(500, "At most 500 characters.")
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(/[,\n;]/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    authorsInferred: checkbox,
    outlet: optional(120),
    outletInferred: checkbox,
    published: optional(10),
    publishedInferred: checkbox,
    publishedNote: optional(500),
    url: optional(2000).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), "Give an http(s) address."),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, ar or pt-BR."),
    direction: z.enum(["LTR", "RTL"], { error: "Choose left to right or right to left." }),
    languageInferred: checkbox,
  })
  .transform((value, ctx) => {
    const published = value.published ? parsePreciseDate(value.published, value.publishedInferred) : null;
    if (value.published && !published) {
      ctx.addIssue({ code: "custom", path: ["published"], message: "Use YYYY, YYYY-MM or YYYY-MM-DD." });
      return z.NEVER;
    }
    if (!value.outlet && value.outletInferred) {
      ctx.addIssue({ code: "custom", path: ["outletInferred"], message: "No outlet is given to mark as inferred." });
      return z.NEVER;
    }
    return { ...value, published };
  });

export type ArticleMetadataInput = z.output<typeof articleMetadataSchema>;

const index = z.coerce.number().int().min(0);

/** Confirming an import: its metadata plus the editor's trim of its paragraphs. */
export const confirmImportSchema = z
  .object({
    importId: z.string().min(1),
    start: index,
    end: index,
    remove: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(index)),
  })
  .and(articleMetadataSchema);

export type ConfirmImportInput = z.output<typeof confirmImportSchema>;

export const updateMetadataSchema = z.object({ articleId: z.string().min(1) }).and(articleMetadataSchema);
