"use server";

import { z } from "zod";
import { listClaimQuotes } from "@/lib/claims/staff-queries";
import { staffAction } from "@/lib/http/action";

/** The quotes of one claim, for the "quote of another claim" evidence picker. */
export const listClaimQuotesAction = staffAction(z.object({ claimId: z.string().min(1) }), (actor, input) =>
  listClaimQuotes(actor, input.claimId),
);
