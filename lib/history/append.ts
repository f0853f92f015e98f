import "server-only";
import type { Tx } from "../db/client";
import { newRowId } from "../db/ids";
import { bumpsVersion, claimEventSchema, type ClaimEventInput } from "./events";
import { contentHash, eventHashV2, eventTag } from "./format";
import { historyKeys } from "./signing-key";

/**
 * Appends one event to a claim's history, inside the caller's transaction, so a change and its
 * record commit together or not at all (appendEvents, for one claim and one event).
 */
export async function appendClaimEvent(
  tx: Tx,
  claimId: string,
  actorId: string | null,
  event: ClaimEventInput,
  at: Date = new Date(),
): Promise<void> {
  await appendEvents(tx, actorId, new Map([[claimId, [event]]]), at);
}

/** Events per INSERT: bounds one statement's arrays. */
const ROWS_PER_INSERT = 5000;

type EventRow = {
  id: string;
  claimId: string;
  seq: number;
  kind: string;
  actorId: string | null;
  createdAt: string;
  prevHash: string | null;
  contentHash: string;
  hash: string;
  tag: string;
  keyId: string;
};

/**
 * Appends events to the histories of one or more claims, each claim's in the order given, inside
 * the caller's transaction. The claim rows are locked first (in id order, so two writers never
 * deadlock): concurrent writers to one claim queue here, so sequence numbers never collide or
 * skip. Format 2 (docs/history-format.md): the content is stored apart under its hash, the event
 * hash covers that hash and the previous event's, and the event is tagged with a key the database
 * does not hold. Content-changing events bump Claim.version, once per event. However many events
 * and claims (a re-anchoring that moves thousands of quotes), it costs a few statements.
 */
export async function appendEvents(
  tx: Tx,
  actorId: string | null,
  eventsByClaim: ReadonlyMap<string, readonly ClaimEventInput[]>,
  at: Date = new Date(),
): Promise<void> {
  const claimIds = [...eventsByClaim.keys()].filter((id) => eventsByClaim.get(id)!.length > 0).sort();
  if (claimIds.length === 0) return;
  const parsed = new Map(claimIds.map((id) => [id, eventsByClaim.get(id)!.map((e) => claimEventSchema.parse(e))]));
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ANY (${claimIds}::text[]) ORDER BY id FOR UPDATE`;
  const heads = await tx.$queryRaw<{ claimId: string; seq: number; hash: string }[]>`
    SELECT DISTINCT ON ("claimId") "claimId", seq, hash FROM "ClaimEvent"
     WHERE "claimId" = ANY (${claimIds}::text[]) ORDER BY "claimId", seq DESC`;
  const headOf = new Map(heads.map((h) => [h.claimId, h]));
  const key = historyKeys().current;
  const payloads: string[] = [];
  const rows: EventRow[] = [];
  const bumps = new Map<number, string[]>();
  for (const claimId of claimIds) {
    const events = parsed.get(claimId)!;
    let seq = headOf.get(claimId)?.seq ?? 0;
    let prevHash = headOf.get(claimId)?.hash ?? null;
    for (const event of events) {
      seq += 1;
      // Round-trip through JSON so the hash covers exactly what JSONB will store.
      const payload = JSON.parse(JSON.stringify(event.payload));
      const header = { claimId, seq, kind: event.kind, actorId, createdAt: at, prevHash };
      const content = contentHash(claimId, seq, payload);
      const hash = eventHashV2({ ...header, contentHash: content });
      payloads.push(JSON.stringify(payload));
      rows.push({
        ...header,
        id: newRowId(),
        createdAt: at.toISOString(),
        contentHash: content,
        hash,
        tag: eventTag(key.tagKey, hash),
        keyId: key.id,
      });
      prevHash = hash;
    }
    const bumped = events.filter(bumpsVersion).length;
    if (bumped > 0) bumps.set(bumped, [...(bumps.get(bumped) ?? []), claimId]);
  }
  // Set-wise, as arrays: one INSERT per table for any number of events (createMany's VALUES list
  // cost Prisma about 0.3 ms a row here).
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const column = <K extends keyof EventRow>(k: K) => part.map((r) => r[k]);
    await tx.$executeRaw`
      INSERT INTO "ClaimEventContent" (hash, "claimId", seq, payload)
      SELECT * FROM unnest(${column("contentHash")}::text[], ${column("claimId")}::text[], ${column("seq")}::int[],
                           ${payloads.slice(i, i + ROWS_PER_INSERT)}::jsonb[])`;
    await tx.$executeRaw`
      INSERT INTO "ClaimEvent" (id, "claimId", seq, kind, "actorId", "createdAt", "prevHash", format, "contentHash", hash, tag, "keyId")
      SELECT id, "claimId", seq, kind::"ClaimEventKind", "actorId", "createdAt"::timestamp(3), "prevHash", 2, "contentHash", hash, tag, "keyId"
        FROM unnest(${column("id")}::text[], ${column("claimId")}::text[], ${column("seq")}::int[], ${column("kind")}::text[],
                    ${column("actorId")}::text[], ${column("createdAt")}::text[], ${column("prevHash")}::text[],
                    ${column("contentHash")}::text[], ${column("hash")}::text[], ${column("tag")}::text[], ${column("keyId")}::text[])
          AS t(id, "claimId", seq, kind, "actorId", "createdAt", "prevHash", "contentHash", hash, tag, "keyId")`;
  }
  // Claims grouped by how many content events they gained: usually one statement.
  for (const [increment, ids] of bumps) {
    await tx.claim.updateMany({ where: { id: { in: ids } }, data: { version: { increment } } });
  }
}
