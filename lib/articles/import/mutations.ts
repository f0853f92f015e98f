import "server-only";
import { assertCan, type Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { hashContent } from "../clean";
import { resolveOutletByName } from "../tx-helpers";
import type { ConfirmImportInput } from "../schemas";
import { applyTrim, checkTrim, TrimError } from "../trim";
import { findDuplicate, lockHashes, type DuplicateOf } from "./duplicates";
import { extractImport, joinBlocks, normalizedHash } from "./extract";
import { suggestMetadata } from "./metadata";

/**
 * Importing is two steps. Staging reads a file (or pasted text) into paragraphs and suggested
 * metadata and keeps it, raw text included, as an ArticleImport; nothing is an article yet.
 * Confirming, with the editor's metadata and trim, makes the Article and its first version and
 * removes the staged import, in one transaction. Both steps offer the existing article instead
 * when the same text was imported before.
 */
export type StageResult =
  | { status: "staged"; importId: string; headline: string | null; paragraphs: number }
  | { status: "duplicate"; of: DuplicateOf };

export async function stageImport(actor: Actor, file: { fileName: string | null; text: string }): Promise<StageResult> {
  assertCan(actor, "article:import");
  const extraction = extractImport(file.text, file.fileName);
  const sourceHash = normalizedHash(joinBlocks(extraction.blocks));
  const suggestions = suggestMetadata(extraction);
  return db().$transaction(async (tx) => {
    await lockHashes(tx, [sourceHash]);
    const duplicate = await findDuplicate(tx, [sourceHash]);
    if (duplicate) return { status: "duplicate", of: duplicate } as const;
    const staged = await tx.articleImport.create({
      data: {
        fileName: file.fileName,
        format: extraction.format,
        rawText: extraction.rawText,
        blocks: extraction.blocks,
        sourceHash,
        suggestions,
        createdById: actor.id,
      },
      select: { id: true },
    });
    return {
      status: "staged",
      importId: staged.id,
      headline: suggestions.headline?.value ?? null,
      paragraphs: extraction.blocks.length,
    } as const;
  });
}

export type ConfirmResult = { status: "imported"; articleId: string } | { status: "duplicate"; of: DuplicateOf };

export async function confirmImport(actor: Actor, input: ConfirmImportInput): Promise<ConfirmResult> {
  assertCan(actor, "article:import");
  return db().$transaction(async (tx) => {
    const staged = await tx.articleImport.findUnique({ where: { id: input.importId } });
    if (!staged) throw new AppError("NOT_FOUND", "That import was already confirmed or discarded.");
    let body: string;
    let trim;
    try {
      trim = checkTrim(staged.blocks, { start: input.start, end: input.end, remove: input.remove });
      body = applyTrim(staged.blocks, trim);
    } catch (error) {
      if (error instanceof TrimError) throw new AppError("VALIDATION", error.message, { trim: [error.message] });
      throw error;
    }
    const bodyHash = normalizedHash(body);
    await lockHashes(tx, [staged.sourceHash, bodyHash]);
    const duplicate = await findDuplicate(tx, [staged.sourceHash, bodyHash], staged.id);
    if (duplicate?.kind === "article") return { status: "duplicate", of: duplicate } as const;
    const article = await tx.article.create({
      data: {
        headline: input.headline,
        outletId: await resolveOutletByName(tx, input.outlet),
        outletInferred: input.outletInferred,
        authors: input.authors,
        authorsInferred: input.authorsInferred,
        publishedOn: input.published?.on ?? null,
        publishedPrecision: input.published?.precision ?? null,
        publishedInferred: input.publishedInferred,
        publishedNote: input.publishedNote,
        url: input.url,
        language: input.language,
        direction: input.direction,
        languageInferred: input.languageInferred,
        createdById: actor.id,
        versions: {
          create: {
            number: 1,
            rawText: staged.rawText,
            body,
            contentHash: hashContent(body),
            sourceHash: staged.sourceHash,
            bodyHash,
            trim,
            createdById: actor.id,
          },
        },
      },
      select: { id: true },
    });
    await tx.articleImport.delete({ where: { id: staged.id } });
    return { status: "imported", articleId: article.id } as const;
  });
}

export async function discardImport(actor: Actor, importId: string): Promise<void> {
  assertCan(actor, "article:import");
  const { count } = await db().articleImport.deleteMany({ where: { id: importId } });
  if (count === 0) throw new AppError("NOT_FOUND", "That import was already confirmed or discarded.");
}
