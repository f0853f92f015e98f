import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { notFound } from "../errors";
import { assertDirectlyEditable } from "./editability";
import { resolveOutletByName } from "./outlets";
import type { ArticleMetadataInput } from "./schemas";

/**
 * Editing an article's metadata: the change and its history entry (only the fields that changed,
 * before and after, by whom) are written in one transaction, with the article row locked so two
 * editors' changes are recorded one after the other. An article that is public is not changed
 * directly (lib/articles/editability.ts).
 */
type Snapshot = {
  headline: string;
  outlet: string | null;
  outletInferred: boolean;
  authors: string[];
  authorsInferred: boolean;
  published: string | null;
  publishedPrecision: string | null;
  publishedInferred: boolean;
  publishedNote: string | null;
  url: string | null;
  language: string;
  direction: string;
  languageInferred: boolean;
};

const iso = (on: Date | null) => (on ? on.toISOString().slice(0, 10) : null);

export async function updateArticleMetadata(actor: Actor, articleId: string, input: ArticleMetadataInput) {
  assertCan(actor, "article:edit");
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("That article");
    await assertDirectlyEditable(tx, articleId);
    const current = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        headline: true,
        outlet: { select: { name: true } },
        outletInferred: true,
        authors: true,
        authorsInferred: true,
        publishedOn: true,
        publishedPrecision: true,
        publishedInferred: true,
        publishedNote: true,
        url: true,
        language: true,
        direction: true,
        languageInferred: true,
      },
    });
    const { outlet, publishedOn, ...rest } = current;
    const before: Snapshot = { ...rest, outlet: outlet?.name ?? null, published: iso(publishedOn) };
    // The outlet named in other letter case is the same outlet (resolveOutletByName agrees).
    const sameOutlet = (before.outlet ?? "").toLowerCase() === (input.outlet ?? "").toLowerCase();
    const after: Snapshot = {
      headline: input.headline,
      outlet: sameOutlet ? before.outlet : input.outlet,
      outletInferred: input.outlet ? input.outletInferred : false,
      authors: input.authors,
      authorsInferred: input.authors.length > 0 && input.authorsInferred,
      published: iso(input.published?.on ?? null),
      publishedPrecision: input.published?.precision ?? null,
      publishedInferred: input.published ? input.publishedInferred : false,
      publishedNote: input.publishedNote,
      url: input.url,
      language: input.language,
      direction: input.direction,
      languageInferred: input.languageInferred,
    };
    const changed = (Object.keys(after) as (keyof Snapshot)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (changed.length === 0) return { changed: [] as string[] };
    await tx.article.update({
      where: { id: articleId },
      data: {
        headline: after.headline,
        ...(sameOutlet ? {} : { outletId: await resolveOutletByName(tx, after.outlet) }),
        outletInferred: after.outletInferred,
        authors: after.authors,
        authorsInferred: after.authorsInferred,
        publishedOn: input.published?.on ?? null,
        publishedPrecision: input.published?.precision ?? null,
        publishedInferred: after.publishedInferred,
        publishedNote: after.publishedNote,
        url: after.url,
        language: after.language,
        direction: input.direction,
        languageInferred: after.languageInferred,
      },
    });
    const pick = (s: Snapshot) => Object.fromEntries(changed.map((key) => [key, s[key]]));
    await tx.articleChange.create({
      data: { articleId, actorId: actor.id, before: pick(before), after: pick(after) },
    });
    return { changed };
  });
}
