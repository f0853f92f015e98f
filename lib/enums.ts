import {
  ClaimLinkType,
  ClaimStatus,
  DatePrecision,
  EvidenceKind,
  ProposalKind,
  RedactionTarget,
  ReviewState,
  Role,
  SpeakerKind,
  TextDirection,
  Visibility,
} from "./db/generated/enums";

/**
 * The one source of every enum's values: Prisma's generated enums (plain objects with no imports,
 * so safe in the browser too). Zod takes these objects directly (`z.enum(ClaimStatus)`); lists
 * and types below are derived from them, never written out again. Labels live in lib/labels.ts.
 */
export { ClaimLinkType, ClaimStatus, DatePrecision, EvidenceKind, ProposalKind, RedactionTarget, ReviewState, Role };
export { SpeakerKind, TextDirection, Visibility };

/** The values of a generated enum as a non-empty tuple, in schema order. */
const valuesOf = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const CLAIM_STATUSES = valuesOf(ClaimStatus);
export const VISIBILITIES = valuesOf(Visibility);
export const LINK_TYPES = valuesOf(ClaimLinkType);
export const DATE_PRECISIONS = valuesOf(DatePrecision);
export const PROPOSAL_KINDS = valuesOf(ProposalKind);
export const REDACTION_TARGETS = valuesOf(RedactionTarget);
export const SPEAKER_KINDS = valuesOf(SpeakerKind);
export const EVIDENCE_KINDS = valuesOf(EvidenceKind);
export const ROLES = valuesOf(Role);
/** The two outcomes a reviewer can give (a review's other states are not decisions). */
export const DECISIONS = [ReviewState.APPROVED, ReviewState.REJECTED] as const;
export type Decision = (typeof DECISIONS)[number];
