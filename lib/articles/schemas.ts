import { z } from "zod";
import { parsePreciseDate, preciseDateProblem } from "../dates/precision";
import { TextDirection } from "../enums";
import "../validation/messages";

/** The one limit per field, shared by the schema and the form's inputs. */
export const ARTICLE_LIMITS = { headline: 300, authors: 500, outlet: 120, publishedNote: 500, url: 2000 } as const;

/**
 * Article metadata as the import confirmation and the metadata editor send it (shared by the forms
 * and the data layer; no server-only here). Checkboxes arrive as "on" or not at all.
 */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const articleMetadataSchema = z
  .object({
    headline: z.string().trim().min(1, "Give the headline.").max(ARTICLE_LIMITS.headline),
    authors: z
      .string()
      .trim()
      .max(ARTICLE_LIMITS.authors)
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(/[,\n;]/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    authorsInferred: checkbox,
    outlet: optional(ARTICLE_LIMITS.outlet),
    outletInferred: checkbox,
    published: optional(10),
    publishedInferred: checkbox,
    publishedNote: optional(ARTICLE_LIMITS.publishedNote),
    url: optional(ARTICLE_LIMITS.url).refine(
      (v) => v === null || /^https?:\/\/[^\s]+$/i.test(v),
      "Give an http(s) address.",
    ),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, ar or pt-BR."),
    direction: z.enum(TextDirection, { error: "Choose left to right or right to left." }),
    languageInferred: checkbox,
  })
  .transform((value, ctx) => {
    const published = value.published ? parsePreciseDate(value.published, value.publishedInferred) : null;
    if (value.published && !published) {
      ctx.addIssue({ code: "custom", path: ["published"], message: preciseDateProblem(value.published) });
      return z.NEVER;
    }
    if (!value.outlet && value.outletInferred) {
      ctx.addIssue({ code: "custom", path: ["outletInferred"], message: "No outlet is given to mark as inferred." });
      return z.NEVER;
    }
    // An "inferred" box means nothing without the value it qualifies: the one place that says so.
    return {
      ...value,
      published,
      authorsInferred: value.authors.length > 0 && value.authorsInferred,
      publishedInferred: published ? value.publishedInferred : false,
    };
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

/** The one limit of a revision's reason (the details form; the body form has its own in version-schemas.ts). */
export const DETAILS_REASON_MAX = 500;

/**
 * The metadata editor: the details, and for a public article the reason the change is proposed
 * (the data layer asks for it only then: an internal article changes at once).
 */
export const updateMetadataSchema = z
  .object({
    articleId: z.string().min(1),
    reason: z.string().trim().max(DETAILS_REASON_MAX).optional(),
  })
  .and(articleMetadataSchema);
