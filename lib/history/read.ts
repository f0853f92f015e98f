import "server-only";
import type { Db, Tx } from "../db/client";

/** What every history reader selects of an event: its place, kind, content, time and actor. */
export const historyEventSelect = {
  seq: true,
  kind: true,
  payload: true,
  contentHash: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

/**
 * Events with their content: format-2 events keep it in ClaimEventContent (null here once a
 * redaction deleted it); format-1 events kept it on the row. Every reader of payloads goes here.
 */
export async function withPayloads<E extends { payload: unknown; contentHash: string | null }>(
  client: Db | Tx,
  events: E[],
): Promise<(E & { payload: unknown })[]> {
  const hashes = events.flatMap((e) => (e.contentHash ? [e.contentHash] : []));
  const contents =
    hashes.length === 0
      ? []
      : await client.claimEventContent.findMany({
          where: { hash: { in: hashes } },
          select: { hash: true, payload: true },
        });
  const byHash = new Map(contents.map((c) => [c.hash, c.payload]));
  return events.map((e) => ({ ...e, payload: e.contentHash ? (byHash.get(e.contentHash) ?? null) : e.payload }));
}
