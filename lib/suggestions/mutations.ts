import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { foreignKeyField } from "../db/errors";
import { notFound } from "../errors";

/** Dismisses a claim suggestion of an article: it is not suggested again (idempotent). */
export async function dismissClaimSuggestion(actor: Actor, input: { articleId: string; key: string }) {
  assertCan(actor, "claim:create");
  try {
    await db().claimSuggestionDismissal.upsert({
      where: { articleId_key: { articleId: input.articleId, key: input.key } },
      create: { articleId: input.articleId, key: input.key, dismissedById: actor.id },
      update: {},
    });
  } catch (error) {
    if (foreignKeyField(error)) throw notFound("That article");
    throw error;
  }
}

/** Dismisses a suggested link from a claim to another: not suggested again on that claim's page. */
export async function dismissLinkSuggestion(actor: Actor, input: { claimId: string; otherClaimId: string }) {
  assertCan(actor, "claim:edit");
  try {
    await db().linkSuggestionDismissal.upsert({
      where: { claimId_otherClaimId: input },
      create: { ...input, dismissedById: actor.id },
      update: {},
    });
  } catch (error) {
    if (foreignKeyField(error)) throw notFound("That claim");
    throw error;
  }
}
