"use server";

import { revalidatePath } from "next/cache";
import { decisionFormSchema } from "@/lib/claims/schemas";
import { staffAction } from "@/lib/http/action";
import { decideStatusChange } from "@/lib/reviews/mutations";

export const decideStatusAction = staffAction(decisionFormSchema, async (actor, input) => {
  const review = await decideStatusChange(actor, input);
  revalidatePath("/review");
  revalidatePath(`/desk/claims/${review.claimId}`);
  revalidatePath(`/claims/${review.claimId}`);
  revalidatePath("/");
  return { state: review.state };
});
