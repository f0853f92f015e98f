import "server-only";
import { anchorQuote, type TextQuoteSelector } from "../anchoring/selectors";
import { assertCan, type Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendClaimEvent } from "../history/append";
import { claimInputSchema, type ClaimInput } from "./schemas";

/** Locks the claim and bumps its version: every content change makes older proposals stale. */
export async function touchClaim(tx: Tx, claimId: string): Promise<void> {
  const { count } = await tx.claim.updateMany({ where: { id: claimId }, data: { version: { increment: 1 } } });
  if (count === 0) throw notFound("That claim");
}

export async function createClaim(actor: Actor, input: ClaimInput) {
  assertCan(actor, "claim:create");
  const data = claimInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { quantity } = data;
    const claim = await tx.claim.create({
      data: {
        statement: data.statement,
        subjectId: data.subjectId,
        speakerId: data.speakerId ?? null,
        statedOn: data.stated?.on ?? null,
        statedPrecision: data.stated?.precision ?? null,
        statedInferred: data.stated?.inferred ?? false,
        visibility: data.visibility,
        internalNotes: data.internalNotes ?? null,
        createdById: actor.id,
        quantity: quantity
          ? {
              create: {
                value: quantity.value ?? null,
                low: quantity.low ?? null,
                high: quantity.high ?? null,
                unit: quantity.unit,
                approximate: quantity.approximate,
                asOf: quantity.asOf?.on ?? null,
                asOfPrecision: quantity.asOf?.precision ?? null,
                asOfInferred: quantity.asOf?.inferred ?? false,
                scopePlace: quantity.scopePlace ?? null,
                scopePopulation: quantity.scopePopulation ?? null,
                scopeMethod: quantity.scopeMethod ?? null,
              },
            }
          : undefined,
      },
      include: { quantity: true },
    });
    const { id: _id, claimId: _claimId, ...quantitySnapshot } = claim.quantity ?? { id: "", claimId: "" };
    await appendClaimEvent(tx, claim.id, actor.id, {
      kind: "CREATED",
      payload: {
        statement: claim.statement,
        subjectId: claim.subjectId,
        speakerId: claim.speakerId,
        visibility: claim.visibility,
        quantity: claim.quantity ? quantitySnapshot : null,
      },
    });
    return claim;
  });
}

/** Anchors a quote in the current version of an article and attaches it to the claim. */
export async function addQuote(
  actor: Actor,
  claimId: string,
  articleId: string,
  selector: TextQuoteSelector | { exact: string; prefix?: string; suffix?: string },
) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    await touchClaim(tx, claimId);
    const version = await tx.articleVersion.findFirst({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { id: true, body: true },
    });
    if (!version) throw notFound("That article");
    let anchor;
    try {
      anchor = anchorQuote(version.body, selector);
    } catch (error) {
      throw new AppError("VALIDATION", (error as Error).message);
    }
    const quote = await tx.quote.create({
      data: { claimId, articleVersionId: version.id, createdById: actor.id, ...anchor },
    });
    await appendClaimEvent(tx, claimId, actor.id, {
      kind: "QUOTE_ADDED",
      payload: {
        quoteId: quote.id,
        articleId,
        articleVersionId: version.id,
        exact: quote.exact,
        start: quote.start,
        end: quote.end,
      },
    });
    return quote;
  });
}

export type LinkType = "CORROBORATES" | "CONTRADICTS" | "UPDATES" | "RELATED";

/** Links two claims; the link is recorded in both claims' histories. */
export async function linkClaims(
  actor: Actor,
  input: { fromClaimId: string; toClaimId: string; type: LinkType; note?: string | null },
) {
  assertCan(actor, "claim:edit");
  if (input.fromClaimId === input.toClaimId) throw new AppError("VALIDATION", "A claim cannot be linked to itself.");
  return db().$transaction(async (tx) => {
    // Lock in id order so two editors linking the same pair from opposite ends cannot deadlock.
    const [first, second] = [input.fromClaimId, input.toClaimId].sort();
    await touchClaim(tx, first);
    await touchClaim(tx, second);
    const existing = await tx.claimLink.findUnique({
      where: {
        fromClaimId_toClaimId_type: { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, type: input.type },
      },
    });
    if (existing) throw new AppError("CONFLICT", "These claims are already linked that way.");
    const note = input.note?.trim() || null;
    const link = await tx.claimLink.create({
      data: {
        fromClaimId: input.fromClaimId,
        toClaimId: input.toClaimId,
        type: input.type,
        note,
        createdById: actor.id,
      },
    });
    const common = { linkId: link.id, type: link.type, note };
    await appendClaimEvent(tx, link.fromClaimId, actor.id, {
      kind: "LINKED",
      payload: { ...common, direction: "from", otherClaimId: link.toClaimId },
    });
    await appendClaimEvent(tx, link.toClaimId, actor.id, {
      kind: "LINKED",
      payload: { ...common, direction: "to", otherClaimId: link.fromClaimId },
    });
    return link;
  });
}

export type EvidenceInput =
  | {
      kind: "EXTERNAL_URL";
      url: string;
      title?: string | null;
      archivedUrl?: string | null;
      archivedAt?: Date | null;
      note?: string | null;
    }
  | { kind: "QUOTE"; quoteId: string; note?: string | null }
  | { kind: "NOTE"; note: string };

export async function addEvidence(actor: Actor, claimId: string, input: EvidenceInput) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    await touchClaim(tx, claimId);
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        kind: input.kind,
        url: input.kind === "EXTERNAL_URL" ? input.url : null,
        title: input.kind === "EXTERNAL_URL" ? (input.title ?? null) : null,
        archivedUrl: input.kind === "EXTERNAL_URL" ? (input.archivedUrl ?? null) : null,
        archivedAt: input.kind === "EXTERNAL_URL" ? (input.archivedAt ?? null) : null,
        quoteId: input.kind === "QUOTE" ? input.quoteId : null,
        note: input.note?.trim() || null,
        createdById: actor.id,
      },
    });
    await appendClaimEvent(tx, claimId, actor.id, {
      kind: "EVIDENCE_ADDED",
      payload: {
        evidenceId: evidence.id,
        evidenceKind: evidence.kind,
        url: evidence.url,
        title: evidence.title,
        note: evidence.note,
      },
    });
    return evidence;
  });
}
