"use server";

import { revalidatePath } from "next/cache";
import { answerCorrectionRequest, closeCorrectionRequest } from "@/lib/corrections/mutations";
import { answerCorrectionSchema, closeCorrectionSchema } from "@/lib/corrections/schemas";
import { staffAction } from "@/lib/http/action";

export const answerCorrectionAction = staffAction(answerCorrectionSchema, async (actor, input) => {
  const result = await answerCorrectionRequest(actor, input);
  revalidatePath("/desk/corrections");
  return { state: result.state };
});

export const closeCorrectionAction = staffAction(closeCorrectionSchema, async (actor, input) => {
  const result = await closeCorrectionRequest(actor, input);
  revalidatePath("/desk/corrections");
  return { state: result.state };
});
