"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmImport, discardImport } from "@/lib/articles/import/mutations";
import { confirmImportSchema } from "@/lib/articles/schemas";
import { reimportSchema } from "@/lib/articles/version-schemas";
import { reimportStagedImport } from "@/lib/articles/mutations";
import { staffAction } from "@/lib/http/action";

export const confirmImportAction = staffAction(confirmImportSchema, async (actor, input) => {
  const result = await confirmImport(actor, input);
  if (result.status === "duplicate") return result;
  revalidatePath("/desk");
  revalidatePath("/desk/import");
  redirect(`/desk/articles/${result.articleId}`);
});

export const discardImportAction = staffAction(z.object({ importId: z.string().min(1) }), async (actor, input) => {
  await discardImport(actor, input.importId);
  revalidatePath("/desk/import");
  redirect("/desk/import");
});

/** A staged import that is a newer copy of an article: its next version, or a revision for review. */
export const reimportAction = staffAction(reimportSchema, async (actor, input) => {
  const result = await reimportStagedImport(actor, input);
  revalidatePath("/desk/import");
  revalidatePath(`/desk/articles/${input.articleId}`);
  revalidatePath("/desk/reanchoring");
  if (result.kind === "revision") redirect("/desk/reanchoring?proposed=reimport");
  revalidatePath(`/articles/${input.articleId}`);
  redirect(`/desk/articles/${input.articleId}/versions`);
});
