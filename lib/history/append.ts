import "server-only";
import type { Tx } from "../db/client";
import { hashEvent } from "./chain";
import { claimEventSchema, type ClaimEventInput } from "./events";

/**
 * Appends one event to a claim's history, inside the caller's transaction, so a change and its
 * record commit together or not at all. The claim row is locked first: concurrent writers to
 * one claim queue here, so sequence numbers never collide or skip.
 */
export async function appendClaimEvent(
  tx: Tx,
  claimId: string,
  actorId: string | null,
  event: ClaimEventInput,
  at: Date = new Date(),
): Promise<void> {
  const { kind, payload } = claimEventSchema.parse(event);
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  const last = await tx.claimEvent.findFirst({
    where: { claimId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  // Round-trip through JSON so the hash covers exactly what JSONB will store.
  const stored = JSON.parse(JSON.stringify(payload));
  const fields = {
    claimId,
    seq: (last?.seq ?? 0) + 1,
    kind,
    actorId,
    createdAt: at,
    payload: stored,
    prevHash: last?.hash ?? null,
  };
  await tx.claimEvent.create({ data: { ...fields, hash: hashEvent(fields) } });
}
