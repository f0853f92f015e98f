import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { slugify } from "../text/slugify";
import { appendClaimEvent } from "../history/append";
import {
  addDraftAuthor,
  assertEditable,
  describeFieldChanges,
  discardPendingChanges,
  lockClaimState,
  pendingRevision,
  writeFields,
} from "./draft";
import { sameFields, type ClaimFields } from "./fields";
import { resolveMeasure } from "./measures";
import { addQuoteInTx, type QuoteTarget } from "./quotes";
import { claimInputSchema, type ClaimInput, type ParsedClaimInput } from "./schemas";

/**
 * Finds or creates the named subject, speaker and figure measure, inside the claim's transaction.
 * `current` is the version staff work on, when editing (its figure keeps its measure).
 */
async function resolveReferences(tx: Tx, data: ParsedClaimInput, current: ClaimFields | null = null) {
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
  const measureId = data.quantity
    ? await resolveMeasure(
        tx,
        subjectId,
        data.quantity,
        current && {
          subjectId: current.subjectId,
          hasFigure: current.quantity !== null,
          measureId: current.quantity?.measureId,
        },
      )
    : undefined;
  return { subjectId, speakerId, measureId };
}

type References = Awaited<ReturnType<typeof resolveReferences>>;

function fieldsOfInput(data: ParsedClaimInput, { subjectId, speakerId, measureId }: References): ClaimFields {
  const q = data.quantity;
  return {
    statement: data.statement,
    subjectId,
    speakerId,
    statedOn: data.stated?.on ?? null,
    statedPrecision: data.stated?.precision ?? null,
    statedInferred: data.stated?.inferred ?? false,
    quantity: q
      ? {
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
          ...(measureId ? { measureId } : {}),
        }
      : null,
  };
}

/**
 * Creates a claim as an internal draft (whoever creates it: publishing is a reviewed proposal),
 * and, when made from a selection in an article, its first quote, in one transaction.
 */
export async function createClaim(actor: Actor, input: ClaimInput, quote?: QuoteTarget) {
  assertCan(actor, "claim:create");
  const data = claimInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { quantity, ...own } = fieldsOfInput(data, await resolveReferences(tx, data));
    const claim = await tx.claim.create({
      data: {
        ...own,
        visibility: "INTERNAL",
        internalNotes: data.internalNotes ?? null,
        draftAuthorIds: [actor.id],
        createdById: actor.id,
        quantity: quantity ? { create: quantity } : undefined,
      },
      select: { id: true, statement: true, subjectId: true, speakerId: true, visibility: true },
    });
    await appendClaimEvent(tx, claim.id, actor.id, {
      kind: "CREATED",
      payload: {
        statement: claim.statement,
        subjectId: claim.subjectId,
        speakerId: claim.speakerId,
        visibility: claim.visibility,
        quantity: quantity ? JSON.parse(JSON.stringify(quantity)) : null,
        snapshot: { ...own, quantity },
      },
    });
    if (quote) await addQuoteInTx(tx, actor, claim.id, quote);
    return claim;
  });
}

/**
 * Saves the claim editor. On an internal draft the fields change at once. On a published claim
 * they go into its pending revision, and the public keeps reading the approved version until a
 * reviewer who wrote none of it approves. Internal notes are staff-only and always apply at once.
 * The history records each change in readable before → after form.
 */
export async function updateClaim(actor: Actor, claimId: string, input: ClaimInput) {
  assertCan(actor, "claim:edit");
  const data = claimInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const state = await lockClaimState(tx, claimId);
    const mode = assertEditable(state);
    const next = fieldsOfInput(data, await resolveReferences(tx, data, state.working));
    const fields = await describeFieldChanges(tx, state.working, next);
    const notes = data.internalNotes ?? null;
    const notesChanged = notes !== state.internalNotes;
    if (fields.length > 0) {
      if (mode === "direct") await writeFields(tx, claimId, next);
      else {
        const draft = sameFields(next, state.published) ? null : JSON.parse(JSON.stringify(next));
        await tx.claim.update({ where: { id: claimId }, data: { draft: draft ?? Prisma.DbNull } });
      }
      await addDraftAuthor(tx, claimId, actor.id);
    }
    if (notesChanged) await tx.claim.update({ where: { id: claimId }, data: { internalNotes: notes } });
    if (fields.length > 0 || notesChanged) {
      await appendClaimEvent(tx, claimId, actor.id, {
        kind: "EDITED",
        payload: {
          fields,
          draft: mode === "draft",
          // A change to the row itself is replayable by `history:verify`; a draft is not the row.
          ...(mode === "direct" && fields.length > 0 ? { snapshot: next } : {}),
          ...(notesChanged ? { internalNotes: { before: state.internalNotes, after: notes } } : {}),
        },
      });
    }
    if (mode === "draft" && fields.length > 0) {
      const after = await lockClaimState(tx, claimId);
      if ((await pendingRevision(tx, after)).empty) {
        await tx.claim.update({ where: { id: claimId }, data: { draftAuthorIds: [] } });
      }
    }
    return {
      changed: [...fields.map((f) => f.field), ...(notesChanged ? ["Internal notes"] : [])],
      pendingReview: mode === "draft" && fields.length > 0,
    };
  });
}

/** Drops a published claim's unapproved changes (fields, added quotes, evidence and links). */
export async function discardDraft(actor: Actor, claimId: string) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const state = await lockClaimState(tx, claimId);
    if (assertEditable(state) !== "draft")
      throw new AppError("CONFLICT", "Only a published claim has a draft revision.");
    const revision = await discardPendingChanges(tx, state);
    if (revision.empty) throw new AppError("CONFLICT", "There are no unpublished changes to discard.");
    await appendClaimEvent(tx, claimId, actor.id, {
      kind: "DRAFT_DISCARDED",
      payload: { fields: revision.fields, items: revision.items },
    });
  });
}
