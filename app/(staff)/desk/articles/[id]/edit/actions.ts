"use server";

import { revalidatePath } from "next/cache";
import { changeBodySchema } from "@/lib/articles/version-schemas";
import { changeArticleBody } from "@/lib/articles/mutations";
import { staffAction } from "@/lib/http/action";

export const changeBodyAction = staffAction(
  changeBodySchema,
  async (actor, { articleId, expectedNumber, ...change }) => {
    const result = await changeArticleBody(actor, articleId, change, expectedNumber);
    revalidatePath(`/desk/articles/${articleId}`);
    revalidatePath(`/articles/${articleId}`);
    revalidatePath("/desk/reanchoring");
    return result;
  },
);
