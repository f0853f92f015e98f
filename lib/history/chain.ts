import { eventHashV1, eventHashV2 } from "./format";

/**
 * The tamper-evident chain: each claim event's hash is sha256(previous hash + "\n" + canonical
 * JSON of the event's own fields). Changing, removing or reordering any event breaks every hash
 * after it. Pure functions: the database walk is in verify.ts.
 */
export type ChainedEvent = {
  claimId: string;
  seq: number;
  kind: string;
  actorId: string | null;
  /** See EventHeader in format.ts. */
  createdAt: Date | string;
  payload: unknown;
  prevHash: string | null;
  hash: string;
  /** 2: content stored apart and hashed by contentHash (docs/history-format.md); 1 or absent: older. */
  format?: number;
  contentHash?: string | null;
};

/** The hash an event must carry, by its format (lib/history/format.ts defines the bytes). */
export function hashEvent(event: Omit<ChainedEvent, "hash">): string {
  if (event.format === 2) {
    // No copy when the content hash is there (history:verify hashes every event through here).
    return eventHashV2(
      event.contentHash ? (event as typeof event & { contentHash: string }) : { ...event, contentHash: "" },
    );
  }
  return eventHashV1(event);
}

export type ChainBreak = { claimId: string; seq: number; problem: string };

/** Checks one claim's events, given in seq order. Returns every break found. */
export function verifyChain(events: ChainedEvent[]): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let prev: ChainedEvent | undefined;
  for (const event of events) {
    const at = (problem: string) => breaks.push({ claimId: event.claimId, seq: event.seq, problem });
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (event.seq !== expectedSeq) at(`sequence jumps from ${expectedSeq - 1} to ${event.seq} (an event is missing)`);
    if (event.prevHash !== (prev?.hash ?? null)) at("previous-hash link does not match the event before it");
    if (hashEvent(event) !== event.hash) at("content does not match its hash (the event was altered)");
    prev = event;
  }
  return breaks;
}
