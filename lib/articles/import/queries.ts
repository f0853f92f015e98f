import "server-only";
import { assertCan, type Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { notFound } from "../../errors";
import { suggestTrim } from "../trim-suggest";
import type { MetadataSuggestions } from "./metadata";

/** Imports waiting for an editor to confirm them, oldest first. */
export async function listPendingImports(actor: Actor) {
  assertCan(actor, "article:import");
  const rows = await db().articleImport.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fileName: true,
      createdAt: true,
      suggestions: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ suggestions, createdBy, ...row }) => ({
    ...row,
    by: createdBy.name,
    headline: (suggestions as MetadataSuggestions).headline?.value ?? null,
  }));
}

/** One staged import with its paragraphs, suggested metadata and suggested trim, for the confirmation page. */
export async function getPendingImport(actor: Actor, id: string) {
  assertCan(actor, "article:import");
  const row = await db().articleImport.findUnique({
    where: { id },
    select: { id: true, fileName: true, format: true, blocks: true, suggestions: true, createdAt: true },
  });
  if (!row) throw notFound("That import");
  const suggestions = row.suggestions as MetadataSuggestions;
  return { ...row, suggestions, suggestedTrim: suggestTrim(row.blocks, suggestions.headline?.value ?? null) };
}

export type PendingImport = Awaited<ReturnType<typeof getPendingImport>>;
