"use server";

import { revalidatePath } from "next/cache";
import { updateArticleMetadata } from "@/lib/articles/mutations";
import { updateMetadataSchema } from "@/lib/articles/schemas";
import { staffAction } from "@/lib/http/action";

/** An internal article's details change at once; a public article's become a revision for review. */
export const updateMetadataAction = staffAction(updateMetadataSchema, async (actor, { articleId, ...input }) => {
  const result = await updateArticleMetadata(actor, articleId, input);
  revalidatePath(`/desk/articles/${articleId}`, "layout");
  revalidatePath("/desk");
  if (result.outcome === "proposed") {
    revalidatePath("/desk/reanchoring");
    revalidatePath("/review");
  }
  return result;
});
