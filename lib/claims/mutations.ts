import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError, notFound } from "../errors";
import { slugify } from "../text/slugify";
import { appendClaimEvent } from "../history/append";
import {
  addDraftAuthor,
  assertEditable,
  describeFieldChanges,
  discardPendingChanges,
  lockClaim,
  lockClaimState,
  pendingRevision,
  writeFields,
} from "./tx-helpers";
import { sameFields, type ClaimFields } from "./fields";
import { AnchoringError, anchorQuote, selectorsAt, type Anchor } from "../anchoring/selectors";
import { isUniqueViolation } from "../db/errors";
import type { ClaimLinkType as LinkType } from "../enums";
import {
  claimInputSchema,
  commentInputSchema,
  evidenceInputSchema,
  type ClaimInput,
  type EvidenceInput,
  type ParsedClaimInput,
  type QuoteTarget,
} from "./schemas";

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

// Measures

/**
 * Measures: what a figure counts, within one subject ("ISIS fighters in Iraq", in fighters). Only
 * figures of one measure are compared with each other: charted together, or suggested as an update
 * or a conflict of each other. "8 operations" and "50 hiding places destroyed" share a subject but
 * not a measure.
 */

type MeasureChoice = { measureId?: string | null; newMeasureName?: string | null; unit: string };

/**
 * The measure a figure counts, found or created in the claim's transaction:
 * - a picked measure, which must belong to the claim's subject;
 * - a new one by name, in the figure's unit (or the existing one of that name);
 * - otherwise the figure's current measure while the subject stays the same;
 * - otherwise, for a new figure, the subject's measure named after the unit.
 * A figure recorded before measures existed keeps having none until an editor picks one.
 */
async function resolveMeasure(
  tx: Tx,
  subjectId: string,
  choice: MeasureChoice,
  current: { subjectId: string; hasFigure: boolean; measureId?: string } | null,
): Promise<string | undefined> {
  if (choice.measureId) {
    const measure = await tx.measure.findUnique({ where: { id: choice.measureId }, select: { subjectId: true } });
    if (!measure || measure.subjectId !== subjectId) {
      throw new AppError("VALIDATION", "That measure belongs to another subject: pick one of this subject's.", {
        measureId: ["Pick a measure of this claim's subject."],
      });
    }
    return choice.measureId;
  }
  if (!choice.newMeasureName && current?.subjectId === subjectId && current.hasFigure) return current.measureId;
  const name = choice.newMeasureName || choice.unit;
  const slug = slugify(name);
  const measure = await tx.measure.upsert({
    where: { subjectId_slug: { subjectId, slug } },
    create: { subjectId, slug, name, unit: choice.unit },
    update: {},
    select: { id: true },
  });
  return measure.id;
}

// Quotes

async function anchorFor(
  tx: Tx,
  target: QuoteTarget,
): Promise<Anchor & { articleId: string; articleVersionId: string }> {
  const where = "articleVersionId" in target ? { id: target.articleVersionId } : { articleId: target.articleId };
  const version = await tx.articleVersion.findFirst({
    where,
    orderBy: { number: "desc" },
    select: {
      id: true,
      articleId: true,
      body: true,
      article: { select: { versions: { select: { id: true }, orderBy: { number: "desc" }, take: 1 } } },
    },
  });
  if (!version) throw notFound("That article");
  if (version.article.versions[0]?.id !== version.id) {
    throw new AppError("STALE", "The article has a newer version since you opened it; reload and select again.");
  }
  try {
    const anchor =
      "exact" in target ? anchorQuote(version.body, target) : selectorsAt(version.body, target.start, target.end);
    if (!anchor.exact.trim()) throw new AnchoringError("Select some words, not only spaces.");
    return { ...anchor, articleId: version.articleId, articleVersionId: version.id };
  } catch (error) {
    if (error instanceof AnchoringError) throw new AppError("VALIDATION", error.message);
    throw error;
  }
}

/**
 * For callers already in a transaction (creating a claim from a selection). On a published claim
 * the quote is part of the pending revision (not public until approved).
 */
async function addQuoteInTx(tx: Tx, actor: Actor, claimId: string, target: QuoteTarget) {
  const mode = assertEditable(await lockClaimState(tx, claimId));
  await addDraftAuthor(tx, claimId, actor.id);
  const { articleId, articleVersionId, ...anchor } = await anchorFor(tx, target);
  const duplicate = await tx.quote.findFirst({
    where: { claimId, articleVersionId, start: anchor.start, end: anchor.end },
  });
  if (duplicate) throw new AppError("CONFLICT", "This passage is already quoted for this claim.");
  const quote = await tx.quote.create({
    data: {
      claimId,
      articleVersionId,
      createdById: actor.id,
      pendingChange: mode === "draft" ? "ADD" : "NONE",
      ...anchor,
    },
  });
  await appendClaimEvent(tx, claimId, actor.id, {
    kind: "QUOTE_ADDED",
    payload: { quoteId: quote.id, articleId, articleVersionId, exact: quote.exact, start: quote.start, end: quote.end },
  });
  return quote;
}

export async function addQuote(actor: Actor, claimId: string, target: QuoteTarget) {
  assertCan(actor, "claim:edit");
  return db().$transaction((tx) => addQuoteInTx(tx, actor, claimId, target));
}

/**
 * Removes a quote. From a published claim, a public quote is only marked for removal: it stays
 * public until the revision is approved. A quote never made public is simply deleted.
 */
export async function removeQuote(actor: Actor, quoteId: string) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const found = await tx.quote.findUnique({ where: { id: quoteId }, select: { claimId: true } });
    if (!found) throw notFound("That quote");
    const mode = assertEditable(await lockClaimState(tx, found.claimId));
    const quote = await tx.quote.findUniqueOrThrow({
      where: { id: quoteId },
      select: { id: true, claimId: true, exact: true, pendingChange: true, redactedAt: true },
    });
    if (quote.pendingChange === "REMOVE") throw new AppError("CONFLICT", "This quote is already marked for removal.");
    const cited = await tx.evidence.count({ where: { quoteId } });
    if (cited > 0) throw new AppError("CONFLICT", "This quote is cited as evidence; it stays on the record.");
    await addDraftAuthor(tx, quote.claimId, actor.id);
    if (mode === "draft" && quote.pendingChange === "NONE") {
      await tx.quote.update({ where: { id: quoteId }, data: { pendingChange: "REMOVE" } });
    } else {
      await tx.quote.delete({ where: { id: quoteId } });
    }
    await appendClaimEvent(tx, quote.claimId, actor.id, {
      kind: "QUOTE_REMOVED",
      payload: { quoteId, exact: quote.redactedAt ? "" : quote.exact },
    });
  });
}

// Evidence

/**
 * Adds evidence: an external page (with its archived copy), a quote of another claim, or a note.
 * On a published claim it is part of the pending revision, reviewed with the status change it
 * supports.
 */
export async function addEvidence(actor: Actor, claimId: string, input: EvidenceInput) {
  assertCan(actor, "claim:edit");
  const data = evidenceInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const mode = assertEditable(await lockClaimState(tx, claimId));
    await addDraftAuthor(tx, claimId, actor.id);
    if (data.kind === "QUOTE" && !(await tx.quote.findUnique({ where: { id: data.quoteId }, select: { id: true } }))) {
      throw new AppError("VALIDATION", "That quote does not exist.", { quoteId: ["That quote does not exist."] });
    }
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        kind: data.kind,
        url: data.kind === "EXTERNAL_URL" ? data.url : null,
        title: data.kind === "EXTERNAL_URL" ? data.title || null : null,
        archivedUrl: data.kind === "EXTERNAL_URL" ? (data.archivedUrl ?? null) : null,
        archivedAt: data.kind === "EXTERNAL_URL" ? (data.archivedAt ?? null) : null,
        quoteId: data.kind === "QUOTE" ? data.quoteId : null,
        note: data.note || null,
        pendingChange: mode === "draft" ? "ADD" : "NONE",
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

// Links

/** Locks both claims (in id order, so two editors linking a pair from opposite ends cannot deadlock). */
async function lockPair(tx: Tx, actor: Actor, ids: string[]) {
  let published = false;
  for (const id of [...ids].sort()) {
    if (assertEditable(await lockClaimState(tx, id)) === "draft") published = true;
    await addDraftAuthor(tx, id, actor.id);
  }
  return published;
}

/**
 * Links two claims; the link is recorded in both claims' histories, and shown on both. When either
 * claim is published, the link waits for review as part of its pending revision.
 */
export async function linkClaims(
  actor: Actor,
  input: { fromClaimId: string; toClaimId: string; type: LinkType; note?: string | null },
) {
  assertCan(actor, "claim:edit");
  if (input.fromClaimId === input.toClaimId) throw new AppError("VALIDATION", "A claim cannot be linked to itself.");
  const note = input.note?.trim() || null;
  return db()
    .$transaction(async (tx) => {
      const published = await lockPair(tx, actor, [input.fromClaimId, input.toClaimId]);
      const link = await tx.claimLink.create({
        data: {
          fromClaimId: input.fromClaimId,
          toClaimId: input.toClaimId,
          type: input.type,
          note,
          pendingChange: published ? "ADD" : "NONE",
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
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "These claims are already linked that way.");
      throw error;
    });
}

export async function unlinkClaims(actor: Actor, linkId: string) {
  assertCan(actor, "claim:edit");
  return db().$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId } });
    if (!link) throw notFound("That link");
    if (link.pendingChange === "REMOVE") throw new AppError("CONFLICT", "This link is already marked for removal.");
    const published = await lockPair(tx, actor, [link.fromClaimId, link.toClaimId]);
    // A public link stays public until the revision removing it is approved.
    if (published && link.pendingChange === "NONE") {
      await tx.claimLink.update({ where: { id: linkId }, data: { pendingChange: "REMOVE" } });
    } else {
      await tx.claimLink.delete({ where: { id: linkId } });
    }
    const common = { linkId, type: link.type, note: link.note };
    await appendClaimEvent(tx, link.fromClaimId, actor.id, {
      kind: "UNLINKED",
      payload: { ...common, direction: "from", otherClaimId: link.toClaimId },
    });
    await appendClaimEvent(tx, link.toClaimId, actor.id, {
      kind: "UNLINKED",
      payload: { ...common, direction: "to", otherClaimId: link.fromClaimId },
    });
    return { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId };
  });
}

// Comments

/** Staff comments on a claim: internal, never on public pages; they do not make proposals stale. */
export async function addComment(actor: Actor, claimId: string, input: { body: string }) {
  assertCan(actor, "claim:comment");
  const { body } = commentInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body, internal: true } });
    await appendClaimEvent(tx, claimId, actor.id, {
      kind: "COMMENTED",
      payload: { commentId: comment.id, internal: true, body },
    });
    return comment;
  });
}
