import { z } from "zod";
import { claimFieldsSchema } from "../claims/fields";
import { ClaimLinkType, ClaimStatus, EvidenceKind, ProposalKind, RedactionTarget, Visibility } from "../enums";

/** What each kind of claim event records. Parsed on write, so history never holds a stray shape. */
const status = z.enum(ClaimStatus);
const linkType = z.enum(ClaimLinkType);
const change = z.object({ before: z.unknown(), after: z.unknown() });
const visibility = z.enum(Visibility);
const proposalKind = z.enum(ProposalKind);
const redactionTarget = z.enum(RedactionTarget);
/** The claim's own fields after the event, raw, so `history:verify` can replay the claim row. */
const snapshot = claimFieldsSchema.optional();

/** A changed field in the words every audience reads (lib/claims/fields.ts). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
const itemAction = z.enum(["added", "removed"]);
/** A quote, evidence item or link added to or removed from a published claim by a revision. */
export const itemChangeSchema = z.discriminatedUnion("item", [
  z.object({
    item: z.literal("quote"),
    action: itemAction,
    quoteId: z.string(),
    exact: z.string(),
    headline: z.string(),
  }),
  z.object({ item: z.literal("evidence"), action: itemAction, evidenceId: z.string(), label: z.string() }),
  z.object({
    item: z.literal("link"),
    action: itemAction,
    linkId: z.string(),
    type: linkType,
    direction: z.enum(["from", "to"]),
    otherClaimId: z.string(),
  }),
]);
export type ItemChange = z.infer<typeof itemChangeSchema>;

export const claimEventSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("CREATED"),
    payload: z.object({
      statement: z.string(),
      subjectId: z.string(),
      speakerId: z.string().nullable(),
      visibility,
      quantity: z.record(z.string(), z.unknown()).nullable(),
      snapshot,
    }),
  }),
  z.object({
    kind: z.literal("EDITED"),
    payload: z.object({
      // Events written before revisions existed: raw before/after per column.
      changes: z.record(z.string(), change).optional(),
      fields: z.array(fieldChangeSchema).optional(),
      internalNotes: change.optional(),
      // True when the edit went into the pending draft of a published claim.
      draft: z.boolean().optional(),
      // Set when the edit changed the claim row itself (an internal draft).
      snapshot,
    }),
  }),
  z.object({
    kind: z.literal("QUOTE_ADDED"),
    payload: z.object({
      quoteId: z.string(),
      articleId: z.string(),
      articleVersionId: z.string(),
      exact: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  }),
  z.object({ kind: z.literal("QUOTE_REMOVED"), payload: z.object({ quoteId: z.string(), exact: z.string() }) }),
  z.object({
    kind: z.literal("QUOTE_REANCHORED"),
    payload: z.object({
      quoteId: z.string(),
      before: z.object({ articleVersionId: z.string(), start: z.number(), end: z.number() }),
      after: z.object({ articleVersionId: z.string(), start: z.number(), end: z.number() }),
      // Set when a person confirmed or re-selected changed words (lib/articles/reanchor-tx-helpers.ts).
      exact: z.object({ before: z.string(), after: z.string() }).optional(),
      resolution: z.enum(["moved", "confirmed", "reselected"]).optional(),
    }),
  }),
  z.object({
    kind: z.enum(["LINKED", "UNLINKED"]),
    payload: z.object({
      linkId: z.string(),
      type: linkType,
      // "from": this claim is the link's subject (this claim UPDATES the other); "to": the object.
      direction: z.enum(["from", "to"]),
      otherClaimId: z.string(),
      note: z.string().nullable(),
    }),
  }),
  z.object({
    kind: z.literal("EVIDENCE_ADDED"),
    payload: z.object({
      evidenceId: z.string(),
      evidenceKind: z.enum(EvidenceKind),
      url: z.string().nullable(),
      title: z.string().nullable(),
      note: z.string().nullable(),
    }),
  }),
  z.object({
    kind: z.literal("COMMENTED"),
    payload: z.object({ commentId: z.string(), internal: z.boolean(), body: z.string() }),
  }),
  z.object({
    kind: z.literal("STATUS_PROPOSED"),
    payload: z.object({
      reviewId: z.string(),
      from: status,
      to: status,
      rationale: z.string(),
      evidenceIds: z.array(z.string()),
    }),
  }),
  z.object({
    kind: z.enum(["STATUS_APPROVED", "STATUS_REJECTED"]),
    payload: z.object({
      reviewId: z.string(),
      from: status,
      to: status,
      rationale: z.string(),
      proposerId: z.string(),
      comment: z.string().nullable(),
      // The reviewer's public summary (absent on events from before it existed).
      summary: z.string().nullable().optional(),
    }),
  }),
  z.object({
    kind: z.literal("VISIBILITY_CHANGED"),
    payload: z.object({ before: visibility, after: visibility }),
  }),
  z.object({
    kind: z.literal("PROPOSED"),
    payload: z.object({
      reviewId: z.string(),
      proposal: proposalKind,
      from: status,
      to: status.nullable(),
      rationale: z.string(),
      evidenceIds: z.array(z.string()),
      publicReason: z.string().nullable(),
      redaction: z.object({ target: redactionTarget, quoteId: z.string().nullable() }).nullable(),
    }),
  }),
  z.object({
    kind: z.literal("PROPOSAL_REJECTED"),
    payload: z.object({ reviewId: z.string(), proposal: proposalKind, comment: z.string() }),
  }),
  z.object({
    kind: z.literal("PROPOSAL_CANCELLED"),
    payload: z.object({ reviewId: z.string(), proposal: proposalKind }),
  }),
  z.object({ kind: z.literal("PUBLISHED"), payload: z.object({ reviewId: z.string(), summary: z.string() }) }),
  z.object({
    kind: z.literal("REVISED"),
    payload: z.object({
      reviewId: z.string(),
      summary: z.string(),
      fields: z.array(fieldChangeSchema),
      items: z.array(itemChangeSchema),
      // The reviewer's answer to "does the status still hold?", when it was asked.
      statusHolds: z.boolean().nullable(),
      snapshot,
    }),
  }),
  z.object({
    kind: z.literal("WITHDRAWN"),
    payload: z.object({ reviewId: z.string(), reason: z.string(), summary: z.string() }),
  }),
  z.object({
    kind: z.literal("REDACTED"),
    payload: z.object({
      reviewId: z.string(),
      target: redactionTarget,
      quoteId: z.string().nullable(),
      reason: z.string(),
      summary: z.string(),
      // Earlier events of this claim whose stored content the redaction deleted.
      removedSeqs: z.array(z.number().int()).default([]),
      snapshot,
    }),
  }),
  z.object({
    kind: z.literal("DRAFT_DISCARDED"),
    payload: z.object({ fields: z.array(fieldChangeSchema), items: z.array(itemChangeSchema) }),
  }),
]);

export type ClaimEventInput = z.infer<typeof claimEventSchema>;
export type ClaimEventKind = ClaimEventInput["kind"];

/**
 * Kinds a reader without an account sees on a public claim page: only what a reviewer approved.
 * Quotes, evidence and links reach the public through the publication or a correction (REVISED),
 * never through the staff event that drafted them.
 */
export const PUBLIC_EVENT_KINDS: readonly ClaimEventKind[] = [
  "CREATED",
  "PUBLISHED",
  "REVISED",
  "STATUS_APPROVED",
  "WITHDRAWN",
  "REDACTED",
];

/** Kinds that change what the claim is (its row or its public rows), so each bumps Claim.version once. */
const CONTENT_KINDS: readonly ClaimEventKind[] = [
  "QUOTE_ADDED",
  "QUOTE_REMOVED",
  "QUOTE_REANCHORED",
  "LINKED",
  "UNLINKED",
  "EVIDENCE_ADDED",
  "DRAFT_DISCARDED",
  "PUBLISHED",
  "REVISED",
  "WITHDRAWN",
  "REDACTED",
  "STATUS_APPROVED",
  "VISIBILITY_CHANGED",
];

/**
 * THE rule for Claim.version: appending one of these events bumps it by one (lib/history/append.ts
 * does it), so any proposal made before is stale, and `history:verify` can replay the number.
 * An edit counts when it changed a field; notes alone, comments and proposals do not.
 */
export function bumpsVersion(event: ClaimEventInput): boolean {
  if (event.kind === "EDITED") {
    return (event.payload.fields?.length ?? 0) > 0 || Object.keys(event.payload.changes ?? {}).length > 0;
  }
  return CONTENT_KINDS.includes(event.kind);
}
