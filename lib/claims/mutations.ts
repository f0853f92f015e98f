import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { slugify } from "../text/slugify";
import type { Prisma } from "../db/generated/client";
import { appendClaimEvent } from "../history/append";
import { lockClaim, touchClaim } from "./lock";
import { addQuoteInTx, type QuoteTarget } from "./quotes";
import { claimInputSchema, type ClaimInput, type ParsedClaimInput } from "./schemas";

type Quantity = NonNullable<ParsedClaimInput["quantity"]>;

function quantityColumns(q: Quantity) {
  return {
    value: q.value ?? null,
    low: q.low ?? null,
    high: q.high ?? null,
    unit: q.unit,
    approximate: q.approximate,
    asOf: q.asOf?.on ?? null,
    asOfPrecision: q.asOf?.precision ?? null,
    asOfInferred: q.asOf?.inferred ?? false,
    scopePlace: q.scopePlace ?? null,
    scopePopulation: q.scopePopulation ?? null,
    scopeMethod: q.scopeMethod ?? null,
  };
}

/** Finds or creates the named subject and speaker, inside the claim's transaction. */
async function resolveReferences(tx: Tx, data: ParsedClaimInput) {
  const subjectId =
    data.subjectId ||
    (
      await tx.subject.upsert({
        where: { slug: slugify(data.newSubjectName!) },
        create: { slug: slugify(data.newSubjectName!), name: data.newSubjectName! },
        update: {},
      })
    ).id;
  let speakerId = data.speakerId || null;
  if (!speakerId && data.newSpeaker) {
    const slug = slugify(data.newSpeaker.name);
    const { name, kind, description } = data.newSpeaker;
    speakerId = (await tx.person.upsert({ where: { slug }, create: { slug, name, kind, description }, update: {} })).id;
  }
  return { subjectId, speakerId };
}

function claimColumns(data: ParsedClaimInput, refs: { subjectId: string; speakerId: string | null }) {
  return {
    statement: data.statement,
    ...refs,
    statedOn: data.stated?.on ?? null,
    statedPrecision: data.stated?.precision ?? null,
    statedInferred: data.stated?.inferred ?? false,
    visibility: data.visibility,
    internalNotes: data.internalNotes ?? null,
  };
}

const snapshotSelect = {
  statement: true,
  subjectId: true,
  speakerId: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  visibility: true,
  internalNotes: true,
  quantity: { omit: { id: true, claimId: true } },
} satisfies Prisma.ClaimSelect;

/** Creates a claim, and, when made from a selection in an article, its first quote, in one transaction. */
export async function createClaim(actor: Actor, input: ClaimInput, quote?: QuoteTarget) {
  assertCan(actor, "claim:create");
  const data = claimInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        ...claimColumns(data, await resolveReferences(tx, data)),
        createdById: actor.id,
        quantity: data.quantity ? { create: quantityColumns(data.quantity) } : undefined,
      },
      select: { id: true, ...snapshotSelect },
    });
    await appendClaimEvent(tx, claim.id, actor.id, {
      kind: "CREATED",
      payload: {
        statement: claim.statement,
        subjectId: claim.subjectId,
        speakerId: claim.speakerId,
        visibility: claim.visibility,
        quantity: claim.quantity,
      },
    });
    if (quote) await addQuoteInTx(tx, actor, claim.id, quote);
    return claim;
  });
}

const FIELD_LABELS: Record<string, string> = {
  statement: "statement",
  subjectId: "subject",
  speakerId: "speaker",
  statedOn: "date said",
  statedPrecision: "date precision",
  statedInferred: "date inferred",
  internalNotes: "internal notes",
  quantity: "figure",
};

/**
 * Saves the claim editor. The history records the changed fields with their before and after;
 * a change of visibility is its own event, since it decides what the public sees.
 */
export async function updateClaim(actor: Actor, claimId: string, input: ClaimInput) {
  assertCan(actor, "claim:edit");
  const data = claimInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const before = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: snapshotSelect });
    await tx.claim.update({ where: { id: claimId }, data: claimColumns(data, await resolveReferences(tx, data)) });
    if (data.quantity) {
      const columns = quantityColumns(data.quantity);
      await tx.claimQuantity.upsert({ where: { claimId }, create: { claimId, ...columns }, update: columns });
    } else if (before.quantity) {
      await tx.claimQuantity.delete({ where: { claimId } });
    }
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: snapshotSelect });
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of Object.keys(FIELD_LABELS) as (keyof typeof before)[]) {
      if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
        changes[field] = { before: before[field], after: after[field] };
      }
    }
    const visibilityChanged = before.visibility !== after.visibility;
    if (Object.keys(changes).length > 0 || visibilityChanged) await touchClaim(tx, claimId);
    if (Object.keys(changes).length > 0)
      await appendClaimEvent(tx, claimId, actor.id, { kind: "EDITED", payload: { changes } });
    if (visibilityChanged) {
      await appendClaimEvent(tx, claimId, actor.id, {
        kind: "VISIBILITY_CHANGED",
        payload: { before: before.visibility, after: after.visibility },
      });
    }
    return { changed: Object.keys(changes).map((f) => FIELD_LABELS[f]), visibilityChanged };
  });
}
