import { z } from "zod";

/** What each kind of claim event records. Parsed on write, so history never holds a stray shape. */
const status = z.enum(["UNVERIFIED", "CORROBORATED", "CONFLICTING"]);
const linkType = z.enum(["CORROBORATES", "CONTRADICTS", "UPDATES", "RELATED"]);
const change = z.object({ before: z.unknown(), after: z.unknown() });

export const claimEventSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("CREATED"),
    payload: z.object({
      statement: z.string(),
      subjectId: z.string(),
      speakerId: z.string().nullable(),
      visibility: z.enum(["PUBLIC", "INTERNAL"]),
      quantity: z.record(z.string(), z.unknown()).nullable(),
    }),
  }),
  z.object({ kind: z.literal("EDITED"), payload: z.object({ changes: z.record(z.string(), change) }) }),
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
      evidenceKind: z.enum(["EXTERNAL_URL", "QUOTE", "NOTE"]),
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
    }),
  }),
  z.object({
    kind: z.literal("VISIBILITY_CHANGED"),
    payload: z.object({ before: z.enum(["PUBLIC", "INTERNAL"]), after: z.enum(["PUBLIC", "INTERNAL"]) }),
  }),
]);

export type ClaimEventInput = z.infer<typeof claimEventSchema>;
export type ClaimEventKind = ClaimEventInput["kind"];

/** Kinds a reader without an account sees on a public claim page. */
export const PUBLIC_EVENT_KINDS: readonly ClaimEventKind[] = [
  "CREATED",
  "QUOTE_ADDED",
  "QUOTE_REMOVED",
  "QUOTE_REANCHORED",
  "LINKED",
  "UNLINKED",
  "EVIDENCE_ADDED",
  "STATUS_APPROVED",
];
