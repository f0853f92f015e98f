"use server";

import { revalidatePath } from "next/cache";
import { decideRevisionSchema, resolveSchema } from "@/lib/articles/version-schemas";
import { approveArticleRevision, rejectArticleRevision, resolveReanchor } from "@/lib/articles/mutations";
import { expireArticlePages, publicPathsOfArticleRevision } from "@/lib/cache/expire";
import { staffAction } from "@/lib/http/action";

export const resolveReanchorAction = staffAction(resolveSchema, async (actor, { itemId, ...resolution }) => {
  const outcome = await resolveReanchor(actor, itemId, resolution);
  revalidatePath("/desk/reanchoring");
  revalidatePath("/desk", "layout");
  return outcome;
});

export const decideRevisionAction = staffAction(
  decideRevisionSchema,
  async (actor, { revisionId, decision, comment }) => {
    if (decision === "reject") {
      await rejectArticleRevision(actor, revisionId, comment);
      revalidatePath("/desk/reanchoring");
      revalidatePath("/review");
      return null;
    }
    // Read before the decision: a new outlet leaves the old outlet's page, which must be expired too.
    const shownBefore = await publicPathsOfArticleRevision(revisionId);
    const result = await approveArticleRevision(actor, revisionId, comment);
    // The article's page, its outlets' pages and the claims quoting it show the new text or details.
    await expireArticlePages(result.articleId, shownBefore);
    revalidatePath("/desk/reanchoring");
    revalidatePath("/review");
    revalidatePath(`/desk/articles/${result.articleId}`, "layout");
    return result;
  },
);
