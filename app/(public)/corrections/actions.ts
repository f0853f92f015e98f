"use server";

import { headers } from "next/headers";
import { needsNewStamp } from "@/lib/corrections/form-stamp";
import { checkFormStamp, newFormStamp } from "@/lib/corrections/stamp-key";
import { submitCorrectionRequest } from "@/lib/corrections/mutations";
import { correctionRequestSchema, STAMP_FIELD } from "@/lib/corrections/schemas";
import { CHECK_FIELDS, publicAction, type FormResult } from "@/lib/http/action";
import { clientAddress, UnknownClientAddressError } from "@/lib/http/client-address";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

type Sent = { reference: string };

const submit = publicAction(correctionRequestSchema, async (input) => {
  let address: string;
  try {
    address = clientAddress(await headers());
  } catch (error) {
    if (!(error instanceof UnknownClientAddressError)) throw error;
    logger.error({ err: error }, "correction request without a trusted client address");
    throw new AppError("VALIDATION", "Not sent: requests cannot be taken right now. Please try again later.");
  }
  return submitCorrectionRequest(input, { address });
});

/**
 * A reader's correction request (no account). Every refusal says "Not sent", so the reader knows
 * nothing reached us; what they typed comes back with it. A stamp they cannot use again (none,
 * forged, a day old) is replaced in the answer, so a second press goes through: that is also how
 * the form works without JavaScript (docs/decisions/0016-correction-requests.md).
 */
export async function requestCorrectionAction(
  previous: FormResult<Sent> | undefined,
  form: FormData,
): Promise<FormResult<Sent>> {
  const result = await submit(previous, form);
  if (result.status === "success") return result;
  const refusal = result.error?.[""]?.map((message) =>
    message === CHECK_FIELDS ? "Not sent: check the highlighted fields." : message,
  );
  const initialValue = { ...result.initialValue };
  const stamp = initialValue[STAMP_FIELD];
  if (needsNewStamp(checkFormStamp(typeof stamp === "string" ? stamp : undefined))) {
    initialValue[STAMP_FIELD] = newFormStamp();
  }
  return { ...result, initialValue, error: refusal ? { ...result.error, "": refusal } : result.error };
}
