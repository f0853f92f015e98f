import "server-only";
import { PUBLIC_CLAIM, PUBLIC_QUOTE } from "../claims/queries";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

/**
 * THE rule for changing an article directly. An article is public while a public claim quotes it
 * (the README, "How a claim reaches the public"), and a change to a public article must be a
 * reviewed revision. A change of its text is one (changeArticleBody in lib/articles/mutations.ts:
 * an ArticleRevision for review); a direct change of its details is refused here.
 */
export const PUBLIC_ARTICLE: Prisma.ArticleWhereInput = {
  versions: { some: { quotes: { some: { ...PUBLIC_QUOTE, claim: PUBLIC_CLAIM } } } },
};

export async function isPublicArticle(client: Db | Tx, articleId: string): Promise<boolean> {
  return (await client.article.count({ where: { id: articleId, ...PUBLIC_ARTICLE } })) > 0;
}

export async function assertDirectlyEditable(tx: Tx, articleId: string): Promise<void> {
  if (await isPublicArticle(tx, articleId)) {
    throw new AppError(
      "CONFLICT",
      "This article is public: a published claim quotes it, so a change to it needs a reviewed revision. Its text can be corrected that way (Edit text); revisions of its details are not available yet. Nothing was changed.",
    );
  }
}
