"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addComment,
  addEvidence,
  linkClaims,
  unlinkClaims,
  createClaim,
  discardDraft,
  updateClaim,
  addQuote,
  removeQuote,
} from "@/lib/claims/mutations";
import {
  claimFormSchema,
  commentInputSchema,
  type EvidenceInput,
  linkFormSchema,
  proposalFormSchema,
  selectionSchema,
} from "@/lib/claims/schemas";
import { searchClaims } from "@/lib/claims/staff-queries";
import { staffAction } from "@/lib/http/action";
import { cancelProposal, propose } from "@/lib/reviews/mutations";

/** Server actions of the editorial desk: parse, call the data layer, refresh what changed. */
const claimId = z.object({ claimId: z.string().min(1) });
/** The selection a new claim was made from, as the article workspace sends it (JSON). */
const selectionField = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({
        code: "custom",
        path: ["selection"],
        message: "The selected passage could not be read; select it again.",
      });
      return z.NEVER;
    }
  })
  .pipe(selectionSchema);
const refresh = (id: string) => {
  revalidatePath(`/desk/claims/${id}`);
  revalidatePath(`/claims/${id}`);
};

export const createClaimAction = staffAction(
  z.intersection(claimFormSchema, z.object({ selection: z.string().optional() })),
  async (actor, input) => {
    const { selection, ...claim } = input as typeof input & { selection?: string };
    const quote = selection ? selectionField.parse(selection) : undefined;
    const created = await createClaim(actor, claim, quote);
    redirect(`/desk/claims/${created.id}`);
  },
);

export const updateClaimAction = staffAction(z.intersection(claimFormSchema, claimId), async (actor, input) => {
  const { claimId: id, ...claim } = input as typeof input & { claimId: string };
  const result = await updateClaim(actor, id, claim);
  refresh(id);
  return result;
});

export const addQuoteAction = staffAction(z.intersection(claimId, selectionSchema), async (actor, input) => {
  await addQuote(actor, input.claimId, input);
  refresh(input.claimId);
  return { claimId: input.claimId };
});

export const removeQuoteAction = staffAction(
  z.object({ quoteId: z.string().min(1), claimId: z.string() }),
  async (actor, input) => {
    await removeQuote(actor, input.quoteId);
    refresh(input.claimId);
  },
);

export const linkClaimsAction = staffAction(linkFormSchema, async (actor, input) => {
  const [fromClaimId, toClaimId] =
    input.direction === "from" ? [input.claimId, input.otherClaimId] : [input.otherClaimId, input.claimId];
  await linkClaims(actor, { fromClaimId, toClaimId, type: input.type, note: input.note });
  refresh(input.claimId);
  refresh(input.otherClaimId);
});

export const unlinkClaimsAction = staffAction(
  z.object({ linkId: z.string().min(1), claimId: z.string() }),
  async (actor, input) => {
    await unlinkClaims(actor, input.linkId);
    refresh(input.claimId);
  },
);

export const addEvidenceAction = staffAction(claimId.loose(), async (actor, input) => {
  const { claimId: id, ...evidence } = input;
  await addEvidence(actor, id, evidence as EvidenceInput); // validated by the data layer
  refresh(id);
});

export const addCommentAction = staffAction(z.intersection(commentInputSchema, claimId), async (actor, input) => {
  await addComment(actor, input.claimId, input);
  refresh(input.claimId);
});

export const proposeAction = staffAction(proposalFormSchema, async (actor, input) => {
  await propose(actor, input);
  refresh(input.claimId);
  revalidatePath("/review");
});

export const cancelProposalAction = staffAction(
  z.object({ reviewId: z.string().min(1), claimId: z.string() }),
  async (actor, input) => {
    await cancelProposal(actor, input.reviewId);
    refresh(input.claimId);
    revalidatePath("/review");
  },
);

export const discardDraftAction = staffAction(claimId, async (actor, input) => {
  await discardDraft(actor, input.claimId);
  refresh(input.claimId);
});

/** For the "add to existing claim" and "link to" pickers. */
export const searchClaimsAction = staffAction(
  z.object({ q: z.string().trim().max(200) }),
  async (actor, input): Promise<Awaited<ReturnType<typeof searchClaims>>> =>
    input.q.length < 2 ? [] : searchClaims(actor, input.q),
);
