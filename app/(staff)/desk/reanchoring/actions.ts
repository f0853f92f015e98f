"use server";

import { revalidatePath } from "next/cache";
import { decideRevisionSchema, resolveSchema } from "@/lib/articles/version-schemas";
import { approveArticleRevision, rejectArticleRevision, resolveReanchor } from "@/lib/articles/mutations";
import { expirePublicPages } from "@/lib/cache/expire";
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
      return null;
    }
    const result = await approveArticleRevision(actor, revisionId, comment);
    // The public article page shows the new version; the claims quoting it say it was corrected.
    revalidatePath(`/articles/${result.articleId}`);
    await Promise.all(result.claimIds.map((claimId) => expirePublicPages(claimId)));
    revalidatePath("/desk/reanchoring");
    return result;
  },
);
