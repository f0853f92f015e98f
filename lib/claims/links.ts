import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import { touchClaim } from "./lock";

export const LINK_TYPES = ["CORROBORATES", "CONTRADICTS", "UPDATES", "RELATED"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Links two claims; the link is recorded in both claims' histories, and shown on both. */
export async function linkClaims(
  actor: Actor,
  input: { fromClaimId: string; toClaimId: string; type: LinkType; note?: string | null },
) {
  assertCan(actor, "claim:edit");
  if (input.fromClaimId === input.toClaimId) throw new AppError("VALIDATION", "A claim cannot be linked to itself.");
  const note = input.note?.trim() || null;
  return db()
    .$transaction(async (tx) => {
      // Lock in id order so two editors linking the same pair from opposite ends cannot deadlock.
      for (const id of [input.fromClaimId, input.toClaimId].sort()) await touchClaim(tx, id);
      const link = await tx.claimLink.create({
        data: {
          fromClaimId: input.fromClaimId,
          toClaimId: input.toClaimId,
          type: input.type,
          note,
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
    for (const id of [link.fromClaimId, link.toClaimId].sort()) await touchClaim(tx, id);
    await tx.claimLink.delete({ where: { id: linkId } });
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
