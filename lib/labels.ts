import type { DetailField } from "./articles/details";
import type { ClaimLinkType, ClaimStatus, EvidenceKind, ProposalKind, SpeakerKind, Visibility } from "./enums";

/**
 * How every enum value reads, in one place (pages, forms, API, exports, history). `satisfies
 * Record<…>` makes a value added to the Prisma schema a type error here until it has its words.
 */
export const STATUS_LABEL = {
  UNVERIFIED: "Unverified",
  CORROBORATED: "Corroborated",
  CONFLICTING: "Conflicting",
} as const satisfies Record<ClaimStatus, string>;

export const STATUS_EXPLANATION = {
  UNVERIFIED: "Not yet confirmed by an independent source.",
  CORROBORATED: "Confirmed by independent sources or evidence, and approved by a reviewer.",
  CONFLICTING: "Sources disagree; see the linked claims and evidence.",
} as const satisfies Record<ClaimStatus, string>;

/** A link read from either end: "this claim corroborates that one" / "is corroborated by". */
export const LINK_LABEL = {
  CORROBORATES: { outgoing: "Corroborates", incoming: "Corroborated by" },
  CONTRADICTS: { outgoing: "Contradicts", incoming: "Contradicted by" },
  UPDATES: { outgoing: "Updates", incoming: "Updated by" },
  RELATED: { outgoing: "Related to", incoming: "Related to" },
} as const satisfies Record<ClaimLinkType, { outgoing: string; incoming: string }>;

/** The same, as a verb phrase inside a history sentence. */
export const LINK_PHRASE = {
  CORROBORATES: ["corroborates", "is corroborated by"],
  CONTRADICTS: ["contradicts", "is contradicted by"],
  UPDATES: ["updates", "is updated by"],
  RELATED: ["is related to", "is related to"],
} as const satisfies Record<ClaimLinkType, readonly [string, string]>;

export const VISIBILITY_LABEL = {
  PUBLIC: "Published",
  INTERNAL: "Internal draft (staff only)",
  WITHDRAWN: "Withdrawn",
} as const satisfies Record<Visibility, string>;

/** A proposal as a noun in a sentence ("a publication", "the withdrawal"). */
export const PROPOSAL_WORD = {
  STATUS: "status change",
  PUBLISH: "publication",
  REVISION: "revision",
  WITHDRAWAL: "withdrawal",
  REDACTION: "redaction",
} as const satisfies Record<ProposalKind, string>;

export const EVIDENCE_KIND_LABEL = {
  EXTERNAL_URL: "External page",
  QUOTE: "Quote",
  NOTE: "Note",
} as const satisfies Record<EvidenceKind, string>;

export const SPEAKER_KIND_LABEL = {
  PERSON: "person",
  ORGANIZATION: "organization",
} as const satisfies Record<SpeakerKind, string>;

/** An article's details (lib/articles/details.ts) as staff read them in a history or a revision. */
export const ARTICLE_DETAIL_LABEL = {
  headline: "Headline",
  outlet: "Outlet",
  outletInferred: "Outlet inferred",
  authors: "Authors",
  authorsInferred: "Authors inferred",
  published: "Published",
  publishedPrecision: "Date precision",
  publishedInferred: "Date inferred",
  publishedNote: "Why this date",
  url: "Original address",
  language: "Language",
  direction: "Text direction",
  languageInferred: "Language guessed",
} as const satisfies Record<DetailField, string>;
