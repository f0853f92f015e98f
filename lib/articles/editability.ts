import "server-only";
import { PUBLIC_CLAIM, PUBLIC_QUOTE } from "../claims/queries";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";

/**
 * THE rule for whether an article changes directly. An article is public while a public claim
 * quotes it (the README, "How a claim reaches the public"), and a change to a public article must
 * be a reviewed revision: its text (changeArticleBody) and its details (updateArticleMetadata, in
 * lib/articles/mutations.ts) then become an ArticleRevision that someone other than the proposer
 * approves. An internal article changes at once.
 */
export const PUBLIC_ARTICLE: Prisma.ArticleWhereInput = {
  versions: { some: { quotes: { some: { ...PUBLIC_QUOTE, claim: PUBLIC_CLAIM } } } },
};

export async function isPublicArticle(client: Db | Tx, articleId: string): Promise<boolean> {
  return (await client.article.count({ where: { id: articleId, ...PUBLIC_ARTICLE } })) > 0;
}
