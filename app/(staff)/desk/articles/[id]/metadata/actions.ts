"use server";

import { revalidatePath } from "next/cache";
import { updateArticleMetadata } from "@/lib/articles/mutations";
import { updateMetadataSchema } from "@/lib/articles/schemas";
import { staffAction } from "@/lib/http/action";

export const updateMetadataAction = staffAction(updateMetadataSchema, async (actor, { articleId, ...input }) => {
  const result = await updateArticleMetadata(actor, articleId, input);
  revalidatePath(`/desk/articles/${articleId}`);
  revalidatePath("/desk");
  return result;
});
