"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/http/action";
import { dismissClaimSuggestion, dismissLinkSuggestion } from "@/lib/suggestions/mutations";

/** Server actions of suggestions: a dismissal is recorded, so the suggestion does not come back. */
const id = z.string().min(1).max(64);

export const dismissClaimSuggestionAction = staffAction(z.object({ articleId: id, key: id }), async (actor, input) => {
  await dismissClaimSuggestion(actor, input);
  revalidatePath(`/desk/articles/${input.articleId}/suggestions`);
});

export const dismissLinkSuggestionAction = staffAction(
  z.object({ claimId: id, otherClaimId: id }),
  async (actor, input) => {
    await dismissLinkSuggestion(actor, input);
    revalidatePath(`/desk/claims/${input.claimId}`);
  },
);
