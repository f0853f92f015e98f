import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { appendClaimEvent } from "../history/append";
import { lockClaim } from "./lock";
import { commentInputSchema } from "./schemas";

/** Staff comments on a claim: internal, never on public pages; they do not make proposals stale. */
export async function addComment(actor: Actor, claimId: string, input: { body: string }) {
  assertCan(actor, "claim:comment");
  const { body } = commentInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body, internal: true } });
    await appendClaimEvent(tx, claimId, actor.id, {
      kind: "COMMENTED",
      payload: { commentId: comment.id, internal: true, body },
    });
    return comment;
  });
}
