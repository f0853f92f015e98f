import "server-only";
import type { Tx } from "../db/client";
import { bumpsVersion, claimEventSchema, type ClaimEventInput } from "./events";
import { contentHash, eventHashV2, eventTag } from "./format";
import { historyKeys } from "./signing-key";

/**
 * Appends one event to a claim's history, inside the caller's transaction, so a change and its
 * record commit together or not at all. The claim row is locked first: concurrent writers to one
 * claim queue here, so sequence numbers never collide or skip. Format 2 (docs/history-format.md):
 * the content is stored apart under its hash, the event hash covers that hash, and the event is
 * tagged with a key the database does not hold. Content-changing events bump Claim.version.
 */
export async function appendClaimEvent(
  tx: Tx,
  claimId: string,
  actorId: string | null,
  event: ClaimEventInput,
  at: Date = new Date(),
): Promise<void> {
  const parsed = claimEventSchema.parse(event);
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  const last = await tx.claimEvent.findFirst({
    where: { claimId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  // Round-trip through JSON so the hash covers exactly what JSONB will store.
  const payload = JSON.parse(JSON.stringify(parsed.payload));
  const seq = (last?.seq ?? 0) + 1;
  const header = { claimId, seq, kind: parsed.kind, actorId, createdAt: at, prevHash: last?.hash ?? null };
  const content = contentHash(claimId, seq, payload);
  const hash = eventHashV2({ ...header, contentHash: content });
  const key = historyKeys().current;
  await tx.claimEventContent.create({ data: { hash: content, claimId, seq, payload } });
  await tx.claimEvent.create({
    data: { ...header, format: 2, contentHash: content, hash, tag: eventTag(key.tagKey, hash), keyId: key.id },
  });
  if (bumpsVersion(parsed)) {
    await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } } });
  }
}
