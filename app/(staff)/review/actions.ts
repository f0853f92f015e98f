"use server";

import { revalidatePath } from "next/cache";
import { decisionFormSchema } from "@/lib/claims/schemas";
import { expirePublicPages, publicPathsOfProposal } from "@/lib/cache/expire";
import { staffAction } from "@/lib/http/action";
import { decideProposal } from "@/lib/reviews/mutations";

export const decideProposalAction = staffAction(decisionFormSchema, async (actor, input) => {
  const shownBefore = await publicPathsOfProposal(input.reviewId);
  const review = await decideProposal(actor, input);
  revalidatePath("/review");
  revalidatePath(`/desk/claims/${review.claimId}`);
  await expirePublicPages(review.claimId, shownBefore);
  return { state: review.state };
});
