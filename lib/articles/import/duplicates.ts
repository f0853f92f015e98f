import "server-only";
import type { Tx } from "../../db/client";

export type DuplicateOf =
  | { kind: "article"; id: string; headline: string }
  | { kind: "import"; id: string; headline: string | null; fileName: string | null };

/**
 * Serializes imports of the same text: the caller's transaction holds this lock until it ends,
 * so two uploads of one article at once cannot both pass the duplicate check.
 */
export async function lockHashes(tx: Tx, hashes: string[]): Promise<void> {
  for (const hash of [...new Set(hashes)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"article-import:" + hash}))`;
  }
}

/** An article any version of which has this normalized text, or an import waiting with it. */
export async function findDuplicate(tx: Tx, hashes: string[], exceptImportId?: string): Promise<DuplicateOf | null> {
  const version = await tx.articleVersion.findFirst({
    where: { OR: [{ sourceHash: { in: hashes } }, { bodyHash: { in: hashes } }] },
    orderBy: { createdAt: "asc" },
    select: { article: { select: { id: true, headline: true } } },
  });
  if (version) return { kind: "article", ...version.article };
  const pending = await tx.articleImport.findFirst({
    where: { sourceHash: { in: hashes }, ...(exceptImportId ? { id: { not: exceptImportId } } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, suggestions: true },
  });
  if (!pending) return null;
  const headline = (pending.suggestions as { headline?: { value?: string } | null }).headline?.value ?? null;
  return { kind: "import", id: pending.id, headline, fileName: pending.fileName };
}
