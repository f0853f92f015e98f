"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/http/action";
import { startVerification } from "@/lib/history/verify-job";

export const startVerificationAction = staffAction(z.object({}), async (actor) => {
  await startVerification(actor);
  revalidatePath("/admin/history");
});
