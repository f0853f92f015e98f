import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import type { Tx } from "../db/client";
import { addDraftAuthor, assertEditable, lockClaimState } from "./draft";

/** Locks both claims (in id order, so two editors linking a pair from opposite ends cannot deadlock). */
async function lockPair(tx: Tx, actor: Actor, ids: string[]) {
  let published = false;
  for (const id of [...ids].sort()) {
    if (assertEditable(await lockClaimState(tx, id)) === "draft") published = true;
    await addDraftAuthor(tx, id, actor.id);
  }
  return published;
}

import type { ClaimLinkType as LinkType } from "../enums";

export { LINK_TYPES } from "../enums";
export type { LinkType };

/**
 * Links two claims; the link is recorded in both claims' histories, and shown on both. When either
 * claim is published, the link waits for review as part of its pending revision.
 */
export async function linkClaims(
  actor: Actor,
  input: { fromClaimId: string; toClaimId: string; type: LinkType; note?: string | null },
) {
  assertCan(actor, "claim:edit");
  if (input.fromClaimId === input.toClaimId) throw new AppError("VALIDATION", "A claim cannot be linked to itself.");
  const note = input.note?.trim() || null;
  return db()
    .$transaction(async (tx) => {
      const published = await lockPair(tx, actor, [input.fromClaimId, input.toClaimId]);
      const link = await tx.claimLink.create({
        data: {
          fromClaimId: input.fromClaimId,
          toClaimId: input.toClaimId,
          type: input.type,
          note,
          pendingChange: published ? "ADD" : "NONE",
          createdById: actor.id,
        },
      });
      const common = { linkId: link.id, type: link.type, note };
      await appendClaimEvent(tx, link.fromClaimId, actor.id, {
        kind: "LINKED",
        payload: { ...common, direction: "from", otherClaimId: link.toClaimId },
      });
      await appendClaimEvent(tx, link.toClaimId, actor.id, {
        kind: "LINKED",
        payload: { ...common, direction: "to", otherClaimId: link.fromClaimId },
      });
      return link;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "These claims are already linked that way.");
      throw error;
    });
}

export async function unlinkClaims(actor: Actor, linkId: string) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId } });
    if (!link) throw notFound("That link");
    if (link.pendingChange === "REMOVE") throw new AppError("CONFLICT", "This link is already marked for removal.");
    const published = await lockPair(tx, actor, [link.fromClaimId, link.toClaimId]);
    // A public link stays public until the revision removing it is approved.
    if (published && link.pendingChange === "NONE") {
      await tx.claimLink.update({ where: { id: linkId }, data: { pendingChange: "REMOVE" } });
    } else {
      await tx.claimLink.delete({ where: { id: linkId } });
    }
    const common = { linkId, type: link.type, note: link.note };
    await appendClaimEvent(tx, link.fromClaimId, actor.id, {
      kind: "UNLINKED",
      payload: { ...common, direction: "from", otherClaimId: link.toClaimId },
    });
    await appendClaimEvent(tx, link.toClaimId, actor.id, {
      kind: "UNLINKED",
      payload: { ...common, direction: "to", otherClaimId: link.fromClaimId },
    });
    return { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId };
  });
}
