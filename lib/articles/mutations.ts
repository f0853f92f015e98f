import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import type { PreciseDate } from "../dates/precision";
import { cleanArticleText, hashContent, splitParagraphs, type CleaningRules } from "./clean";
import { joinBlocks, normalizedHash } from "./import/extract";

export type ImportArticleInput = {
  headline: string;
  outletId: string | null;
  outletInferred?: boolean;
  authors: string[];
  published: (PreciseDate & { note?: string }) | null;
  url?: string | null;
  language?: string;
  direction?: "LTR" | "RTL";
  rawText: string;
  cleaning: CleaningRules;
};

/**
 * Imports a captured text article whose trim is known as marker rules (the sample data, test
 * factories): keeps the raw text, stores the cleaned body as version 1, with the hashes that let a
 * later upload of the same text be recognized. Editors import through lib/articles/import/.
 */
export async function importArticle(actor: Actor, input: ImportArticleInput) {
  assertCan(actor, "article:import");
  const body = cleanArticleText(input.rawText, input.cleaning);
  return db().article.create({
    data: {
      headline: input.headline,
      outletId: input.outletId,
      outletInferred: input.outletInferred ?? false,
      authors: input.authors,
      publishedOn: input.published?.on ?? null,
      publishedPrecision: input.published?.precision ?? null,
      publishedInferred: input.published?.inferred ?? false,
      publishedNote: input.published?.note ?? null,
      url: input.url ?? null,
      language: input.language ?? "en",
      direction: input.direction ?? "LTR",
      createdById: actor.id,
      versions: {
        create: {
          number: 1,
          rawText: input.rawText,
          body,
          contentHash: hashContent(body),
          sourceHash: normalizedHash(joinBlocks(splitParagraphs(input.rawText))),
          bodyHash: normalizedHash(body),
          createdById: actor.id,
        },
      },
    },
    include: { versions: { select: { id: true, body: true } } },
  });
}
