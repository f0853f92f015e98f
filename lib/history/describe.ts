import { formatPreciseDate } from "../dates/precision";
import type { ClaimStatus, RedactionTarget } from "../enums";
import { LINK_PHRASE, PROPOSAL_WORD, STATUS_LABEL } from "../labels";
import { claimEventSchema, PUBLIC_EVENT_KINDS, type ClaimEventInput, type ItemChange } from "./events";

/** One line of a claim's history, as a reader sees it. Pure: the caller loads the events. */
export type HistoryEntry = {
  seq: number;
  at: Date;
  actor: string | null;
  kind: string;
  summary: string;
  /** Rationale, summary, reason or comment that goes with it. */
  detail: string | null;
  /** A claim this entry points at, when this audience may see it. */
  otherClaim: { id: string; statement: string } | null;
  /** Fields changed, before → after, in full. */
  changes: { field: string; before: string | null; after: string | null }[];
  /** Quotes, evidence and links added or removed. */
  items: { text: string; otherClaim: { id: string; statement: string } | null }[];
};

type StoredEvent = { seq: number; kind: string; payload: unknown; createdAt: Date; actor: { name: string } | null };

const statusWord = (status: ClaimStatus) => STATUS_LABEL[status].toLowerCase();

/** What an approved redaction took away, read from the REDACTED events of the same history. */
type Redaction = {
  seq: number;
  target: RedactionTarget;
  quoteId: string | null;
  text: string;
  /** Earlier events whose stored content the redaction deleted. */
  removedSeqs: number[];
};

const REDACTED_KIND_SUMMARY: Partial<Record<string, string>> = {
  CREATED: "Claim recorded",
  PUBLISHED: "Published",
  REVISED: "Corrected",
  STATUS_APPROVED: "Status changed",
  WITHDRAWN: "Withdrawn",
};

export function redactionPlaceholder(at: Date, reason: string): string {
  return `Redacted on ${formatPreciseDate({ on: at, precision: "DAY" })}: ${reason}`;
}

function redactionsOf(events: { seq: number; createdAt: Date; event: ClaimEventInput }[]): Redaction[] {
  return events.flatMap(({ seq, createdAt, event }) =>
    event.kind === "REDACTED"
      ? [
          {
            seq,
            target: event.payload.target,
            quoteId: event.payload.quoteId,
            text: redactionPlaceholder(createdAt, event.payload.reason),
            removedSeqs: event.payload.removedSeqs,
          },
        ]
      : [],
  );
}

/** The placeholder for a field or quote that a later redaction removed, else null. */
function redacted(redactions: Redaction[], seq: number, what: { field?: string; quoteId?: string }): string | null {
  const hit = redactions.find(
    (r) =>
      r.seq > seq &&
      ((r.target === "QUOTE" && what.quoteId !== undefined && r.quoteId === what.quoteId) ||
        (r.target === "STATEMENT" && what.field === "Statement") ||
        (r.target === "SPEAKER_NAME" && what.field === "Said by")),
  );
  return hit ? `[${hit.text}]` : null;
}

/**
 * Public history: what reviewers approved (publication, corrections with before → after, status
 * decisions with the reviewer's public summary, withdrawal, redaction). Drafts, proposals,
 * rationales, rejections and comments stay on the staff side; a link whose other claim is not
 * public (absent from `publicClaims`) is left out.
 */
export function describePublicHistory(events: StoredEvent[], publicClaims: Map<string, string>): HistoryEntry[] {
  return describeHistory(events, publicClaims, "public");
}

/**
 * The history for an audience: staff see every event; the public sees PUBLIC_EVENT_KINDS.
 * `claims` holds the statements of the other claims this audience may see. Content removed by a
 * redaction is replaced by its placeholder for both audiences.
 */
export function describeHistory(
  events: StoredEvent[],
  claims: Map<string, string>,
  audience: "public" | "staff",
): HistoryEntry[] {
  const parsed = events.map((stored) => ({
    stored,
    result: claimEventSchema.safeParse({ kind: stored.kind, payload: stored.payload }),
  }));
  const redactions = redactionsOf(
    parsed.flatMap(({ stored, result }) =>
      result.success ? [{ seq: stored.seq, createdAt: stored.createdAt, event: result.data }] : [],
    ),
  );
  const entries: HistoryEntry[] = [];
  for (const { stored, result } of parsed) {
    const base: HistoryEntry = {
      seq: stored.seq,
      at: stored.createdAt,
      actor: stored.actor?.name ?? null,
      kind: stored.kind,
      summary: "",
      detail: null,
      otherClaim: null,
      changes: [],
      items: [],
    };
    const removedBy = redactions.find((r) => r.removedSeqs.includes(stored.seq));
    if (stored.payload === null && removedBy) {
      // Its content was deleted by a redaction; the event, its hash and its place remain.
      const summary = REDACTED_KIND_SUMMARY[stored.kind];
      if (audience === "staff" || (summary && PUBLIC_EVENT_KINDS.includes(stored.kind as never))) {
        entries.push({ ...base, summary: summary ?? `${stored.kind} (staff event)`, detail: `[${removedBy.text}]` });
      }
      continue;
    }
    if (!result.success) {
      if (audience === "staff") entries.push({ ...base, summary: `Unreadable ${stored.kind} event` });
      continue;
    }
    const event = result.data;
    if (audience === "public" && !PUBLIC_EVENT_KINDS.includes(event.kind)) continue;
    const entry = describeOne(event, base, { claims, audience, redactions });
    if (entry) entries.push(entry);
  }
  return entries;
}

type Context = { claims: Map<string, string>; audience: "public" | "staff"; redactions: Redaction[] };

function fieldChanges(
  fields: { field: string; before: string | null; after: string | null }[],
  seq: number,
  ctx: Context,
) {
  return fields.map((c) => {
    const mask = redacted(ctx.redactions, seq, { field: c.field });
    return mask
      ? { field: c.field, before: c.before === null ? null : mask, after: c.after === null ? null : mask }
      : c;
  });
}

/** Pending item changes (not yet in any event), in the words the history will use. */
export function describeItemChanges(items: ItemChange[], claims: Map<string, string>): HistoryEntry["items"] {
  const ctx: Context = { claims, audience: "staff", redactions: [] };
  return items.flatMap((item) => itemText(item, 0, ctx) ?? []);
}

function itemText(item: ItemChange, seq: number, ctx: Context): HistoryEntry["items"][number] | null {
  const verb = item.action === "added" ? "added" : "removed";
  switch (item.item) {
    case "quote": {
      const text = redacted(ctx.redactions, seq, { quoteId: item.quoteId }) ?? `“${item.exact}”`;
      return { text: `Quote ${verb}: ${text} (${item.headline})`, otherClaim: null };
    }
    case "evidence":
      return { text: `Evidence ${verb}: ${item.label}`, otherClaim: null };
    case "link": {
      const statement = ctx.claims.get(item.otherClaimId);
      if (statement === undefined) return null;
      const phrase = LINK_PHRASE[item.type][item.direction === "from" ? 0 : 1];
      return {
        text: `Link ${verb}: this claim ${phrase}`,
        otherClaim: { id: item.otherClaimId, statement },
      };
    }
  }
}

function describeOne(event: ClaimEventInput, base: HistoryEntry, ctx: Context): HistoryEntry | null {
  const seq = base.seq;
  const by = base.actor ?? "a reviewer";
  const staff = ctx.audience === "staff";
  switch (event.kind) {
    case "CREATED":
      return { ...base, summary: "Claim recorded" };
    case "QUOTE_ADDED":
    case "QUOTE_REMOVED": {
      const text = redacted(ctx.redactions, seq, { quoteId: event.payload.quoteId }) ?? `“${event.payload.exact}”`;
      return { ...base, summary: event.kind === "QUOTE_ADDED" ? "Quote added" : "Quote removed", detail: text };
    }
    case "QUOTE_REANCHORED":
      return { ...base, summary: "Quote re-anchored to a corrected version of its article" };
    case "LINKED":
    case "UNLINKED": {
      const statement = ctx.claims.get(event.payload.otherClaimId);
      if (statement === undefined) return null;
      const phrase = LINK_PHRASE[event.payload.type][event.payload.direction === "from" ? 0 : 1];
      return {
        ...base,
        summary: `${event.kind === "LINKED" ? "Linked" : "Unlinked"}: this claim ${phrase}`,
        detail: event.payload.note,
        otherClaim: { id: event.payload.otherClaimId, statement },
      };
    }
    case "EVIDENCE_ADDED":
      return {
        ...base,
        summary:
          event.payload.evidenceKind === "EXTERNAL_URL"
            ? `Evidence added: ${event.payload.title ?? event.payload.url}`
            : "Evidence note added",
        detail: event.payload.note,
      };
    case "EDITED": {
      const { fields, changes, internalNotes, draft } = event.payload;
      const legacy = Object.entries(changes ?? {}).map(([field, c]) => ({
        field,
        before: legacyText(c.before),
        after: legacyText(c.after),
      }));
      const all = [...fieldChanges(fields ?? [], seq, ctx), ...legacy];
      if (internalNotes) {
        all.push({
          field: "Internal notes",
          before: legacyText(internalNotes.before),
          after: legacyText(internalNotes.after),
        });
      }
      return {
        ...base,
        summary: draft ? "Edited (a draft revision, not public until approved)" : "Edited",
        changes: all,
      };
    }
    case "COMMENTED":
      return { ...base, summary: "Comment (staff only)", detail: event.payload.body };
    case "STATUS_PROPOSED":
      return {
        ...base,
        summary: `Proposed: ${statusWord(event.payload.from)} → ${statusWord(event.payload.to)}`,
        detail: event.payload.rationale,
      };
    case "STATUS_REJECTED":
      return {
        ...base,
        summary: `Rejected the proposal ${statusWord(event.payload.from)} → ${statusWord(event.payload.to)}`,
        detail: event.payload.comment,
      };
    case "VISIBILITY_CHANGED":
      return { ...base, summary: `Made ${event.payload.after.toLowerCase()}` };
    case "STATUS_APPROVED": {
      const summary = `Status changed from ${statusWord(event.payload.from)} to ${statusWord(event.payload.to)}, approved by ${by}`;
      // The proposer's rationale is staff-only; the public reads the reviewer's summary.
      const detail = staff
        ? [event.payload.summary && `Public summary: ${event.payload.summary}`, `Rationale: ${event.payload.rationale}`]
            .filter(Boolean)
            .join("\n")
        : (event.payload.summary ?? null);
      return { ...base, summary, detail };
    }
    case "PROPOSED": {
      const p = event.payload;
      const status = p.to ? ` (status ${statusWord(p.from)} → ${statusWord(p.to)})` : "";
      const reason = p.publicReason ? `\nPublic reason: ${p.publicReason}` : "";
      return {
        ...base,
        summary: `Proposed a ${PROPOSAL_WORD[p.proposal]}${status}`,
        detail: `${p.rationale}${reason}`,
      };
    }
    case "PROPOSAL_REJECTED":
      return {
        ...base,
        summary: `Rejected the proposed ${PROPOSAL_WORD[event.payload.proposal]}`,
        detail: event.payload.comment,
      };
    case "PROPOSAL_CANCELLED":
      return { ...base, summary: `Withdrew the proposed ${PROPOSAL_WORD[event.payload.proposal]}` };
    case "PUBLISHED":
      return { ...base, summary: `Published, approved by ${by}`, detail: event.payload.summary };
    case "REVISED": {
      const holds = event.payload.statusHolds;
      const statusNote = holds === null ? "" : holds ? " The reviewer confirmed that the status still holds." : "";
      return {
        ...base,
        summary: `Corrected, approved by ${by}`,
        detail: `${event.payload.summary}${statusNote}`,
        changes: fieldChanges(event.payload.fields, seq, ctx),
        items: event.payload.items.flatMap((item) => itemText(item, seq, ctx) ?? []),
      };
    }
    case "WITHDRAWN":
      return { ...base, summary: `Withdrawn, approved by ${by}`, detail: event.payload.reason };
    case "REDACTED":
      return {
        ...base,
        summary: redactionPlaceholder(base.at, event.payload.reason),
        detail: staff ? `Approved by ${by}. ${event.payload.summary}` : event.payload.summary,
      };
    case "DRAFT_DISCARDED":
      return {
        ...base,
        summary: "Discarded the unpublished changes",
        changes: fieldChanges(event.payload.fields, seq, ctx),
        items: event.payload.items.flatMap((item) => itemText(item, seq, ctx) ?? []),
      };
  }
}

/** Values of events written before readable diffs existed, shown whole. */
function legacyText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
