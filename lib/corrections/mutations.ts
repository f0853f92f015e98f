import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type Actor } from "../auth/actor";
import { consume, type Limit } from "../auth/rate-limit";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { STEP_RESULT, statesAllowing, type CorrectionStep } from "./rules";
import {
  answerCorrectionSchema,
  closeCorrectionSchema,
  correctionRequestSchema,
  HONEYPOT_FIELD,
  STAMP_FIELD,
  type CorrectionRequestInput,
} from "./schemas";
import { checkFormStamp } from "./stamp-key";

/**
 * Readers' correction requests: anyone may send one about a public claim (no account), within a
 * per-address limit and past the spam checks; any staff member answers or closes it, and each
 * step is recorded with who, when and the text, in the same transaction.
 */

/** Requests one address may send: 5 an hour (a newsroom's readers behind one NAT rarely need more). */
export const CORRECTION_ADDRESS_LIMIT: Limit = { points: 5, duration: 60 * 60, blockDuration: 60 * 60 };

// Hashed, as for sign-in: the key holds no raw address.
const addressKey = (address: string) =>
  `correction-address:${createHash("sha256").update(address).digest("base64url")}`;

export const NOT_SENT = {
  honeypot:
    "Not sent: a field that people do not see was filled in, as automated programs do. If you are a person, empty the field “Leave this empty” and send again.",
  stamp:
    "Not sent yet: to keep out automated messages, check your request and press “Send request” again. Nothing you wrote is lost.",
  tooFast: (seconds: number) =>
    `Not sent: that was quicker than a person can write a request. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"} and press “Send request” again.`,
  rateLimited: (minutes: number) =>
    `Not sent: too many requests came from your network in the last hour. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  claim: "Not sent: that claim is not public (or no longer), so it cannot be corrected here.",
} as const;

export type SubmitContext = { address: string; now?: number };

export async function submitCorrectionRequest(raw: CorrectionRequestInput, context: SubmitContext) {
  const input = correctionRequestSchema.parse(raw);
  const now = context.now ?? Date.now();
  if (input[HONEYPOT_FIELD] !== "") throw new AppError("VALIDATION", NOT_SENT.honeypot);
  const stamp = checkFormStamp(input[STAMP_FIELD], now);
  if (!stamp.ok) {
    const message =
      stamp.problem === "too-fast" ? NOT_SENT.tooFast(Math.max(1, Math.ceil(stamp.waitMs / 1000))) : NOT_SENT.stamp;
    throw new AppError("VALIDATION", message);
  }
  const claim = await db().claim.findFirst({
    where: { id: input.claimId, visibility: "PUBLIC" },
    select: { id: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", NOT_SENT.claim);
  // Counted only for requests that would be stored: the limit guards the staff queue.
  const waitMs = await consume(addressKey(context.address), CORRECTION_ADDRESS_LIMIT);
  if (waitMs > 0) throw new AppError("RATE_LIMITED", NOT_SENT.rateLimited(Math.ceil(waitMs / 60_000)));
  const created = await db().correctionRequest.create({
    data: { claimId: claim.id, message: input.message, email: input.email, sourceUrl: input.sourceUrl },
    select: { id: true },
  });
  return { reference: created.id };
}

async function takeStep(actor: Actor, requestId: string, step: CorrectionStep, text: string, field: string) {
  assertCan(actor, "correction:handle");
  return db().$transaction(async (tx) => {
    const request = await tx.correctionRequest.findUnique({ where: { id: requestId }, select: { state: true } });
    if (!request) throw notFound("That correction request");
    // Atomic: of two staff members answering at once, the second finds it already answered.
    const moved = await tx.correctionRequest.updateMany({
      where: { id: requestId, state: { in: statesAllowing(step) } },
      data: { state: STEP_RESULT[step] },
    });
    if (moved.count === 0) {
      const current = (await tx.correctionRequest.findUniqueOrThrow({ where: { id: requestId } })).state;
      const message =
        current === "CLOSED"
          ? "This request is already closed."
          : "This request has already been answered; it can still be closed.";
      throw new AppError("CONFLICT", message, { [field]: [message] });
    }
    const event = await tx.correctionRequestEvent.create({
      data: { requestId, kind: STEP_RESULT[step] === "ANSWERED" ? "ANSWERED" : "CLOSED", actorId: actor.id, text },
      select: { id: true, kind: true, createdAt: true },
    });
    return { requestId, state: STEP_RESULT[step], event };
  });
}

export async function answerCorrectionRequest(actor: Actor, raw: { requestId: string; reply: string }) {
  assertCan(actor, "correction:handle");
  const input = answerCorrectionSchema.parse(raw);
  return takeStep(actor, input.requestId, "answer", input.reply, "reply");
}

export async function closeCorrectionRequest(actor: Actor, raw: { requestId: string; reason: string }) {
  assertCan(actor, "correction:handle");
  const input = closeCorrectionSchema.parse(raw);
  return takeStep(actor, input.requestId, "close", input.reason, "reason");
}
