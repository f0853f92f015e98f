import { claimEventSchema, PUBLIC_EVENT_KINDS } from "./events";

/** One line of a claim's history, as a reader sees it. Pure: the caller loads the events. */
export type HistoryEntry = {
  seq: number;
  at: Date;
  actor: string | null;
  kind: string;
  summary: string;
  /** Rationale, note or comment that goes with it. */
  detail: string | null;
  /** A claim this entry points at, when it is public. */
  otherClaim: { id: string; statement: string } | null;
};

type StoredEvent = { seq: number; kind: string; payload: unknown; createdAt: Date; actor: { name: string } | null };

const STATUS_WORD = { UNVERIFIED: "unverified", CORROBORATED: "corroborated", CONFLICTING: "conflicting" } as const;
const LINK_PHRASE = {
  CORROBORATES: ["corroborates", "is corroborated by"],
  CONTRADICTS: ["contradicts", "is contradicted by"],
  UPDATES: ["updates", "is updated by"],
  RELATED: ["is related to", "is related to"],
} as const;

/**
 * Public history: creation, quotes, links, evidence and approved status decisions. Internal
 * comments, pending proposals and rejections stay on the staff side, and a link whose other claim
 * is not public (absent from `publicClaims`) is left out entirely.
 */
export function describePublicHistory(events: StoredEvent[], publicClaims: Map<string, string>): HistoryEntry[] {
  return describeHistory(events, publicClaims, "public");
}

/**
 * The history for an audience: staff see every event (comments, proposals, rejections, edits
 * with their before and after); the public sees the kinds in PUBLIC_EVENT_KINDS. `claims` holds
 * the statements of the other claims this audience may see.
 */
export function describeHistory(
  events: StoredEvent[],
  claims: Map<string, string>,
  audience: "public" | "staff",
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const stored of events) {
    const parsed = claimEventSchema.safeParse({ kind: stored.kind, payload: stored.payload });
    if (!parsed.success) {
      if (audience === "staff") {
        entries.push({
          seq: stored.seq,
          at: stored.createdAt,
          actor: stored.actor?.name ?? null,
          kind: stored.kind,
          summary: `Unreadable ${stored.kind} event`,
          detail: null,
          otherClaim: null,
        });
      }
      continue;
    }
    if (audience === "public" && !PUBLIC_EVENT_KINDS.includes(parsed.data.kind)) continue;
    const base = {
      seq: stored.seq,
      at: stored.createdAt,
      actor: stored.actor?.name ?? null,
      kind: stored.kind,
      detail: null,
      otherClaim: null,
    };
    const event = parsed.data;
    switch (event.kind) {
      case "CREATED":
        entries.push({ ...base, summary: "Claim recorded" });
        break;
      case "QUOTE_ADDED":
        entries.push({ ...base, summary: "Quote added", detail: `“${event.payload.exact}”` });
        break;
      case "QUOTE_REMOVED":
        entries.push({ ...base, summary: "Quote removed", detail: `“${event.payload.exact}”` });
        break;
      case "QUOTE_REANCHORED":
        entries.push({ ...base, summary: "Quote re-anchored to a corrected version of its article" });
        break;
      case "LINKED":
      case "UNLINKED": {
        const statement = claims.get(event.payload.otherClaimId);
        if (statement === undefined) break;
        const phrase = LINK_PHRASE[event.payload.type][event.payload.direction === "from" ? 0 : 1];
        entries.push({
          ...base,
          summary: `${event.kind === "LINKED" ? "Linked" : "Unlinked"}: this claim ${phrase}`,
          detail: event.payload.note,
          otherClaim: { id: event.payload.otherClaimId, statement },
        });
        break;
      }
      case "EVIDENCE_ADDED":
        entries.push({
          ...base,
          summary:
            event.payload.evidenceKind === "EXTERNAL_URL"
              ? `Evidence added: ${event.payload.title ?? event.payload.url}`
              : "Evidence note added",
          detail: event.payload.note,
        });
        break;
      case "EDITED":
        entries.push({
          ...base,
          summary: `Edited: ${Object.keys(event.payload.changes).join(", ")}`,
          detail: Object.entries(event.payload.changes)
            .map(([field, c]) => `${field}: ${short(c.before)} → ${short(c.after)}`)
            .join("; "),
        });
        break;
      case "COMMENTED":
        entries.push({ ...base, summary: "Comment (staff only)", detail: event.payload.body });
        break;
      case "STATUS_PROPOSED":
        entries.push({
          ...base,
          summary: `Proposed: ${STATUS_WORD[event.payload.from]} → ${STATUS_WORD[event.payload.to]}`,
          detail: event.payload.rationale,
        });
        break;
      case "STATUS_REJECTED":
        entries.push({
          ...base,
          summary: `Rejected the proposal ${STATUS_WORD[event.payload.from]} → ${STATUS_WORD[event.payload.to]}`,
          detail: event.payload.comment,
        });
        break;
      case "VISIBILITY_CHANGED":
        entries.push({ ...base, summary: `Made ${event.payload.after === "PUBLIC" ? "public" : "internal"}` });
        break;
      case "STATUS_APPROVED":
        entries.push({
          ...base,
          summary: `Status changed from ${STATUS_WORD[event.payload.from]} to ${STATUS_WORD[event.payload.to]}, approved by ${base.actor ?? "a reviewer"}`,
          detail: event.payload.rationale,
        });
        break;
    }
  }
  return entries;
}

function short(value: unknown): string {
  const text = value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
