import "server-only";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError, notFound } from "../errors";
import type { ItemChange } from "../history/events";
import { claimFieldsSchema, diffFields, fieldsOf, referencedIds, type ClaimFields, type FieldChange } from "./fields";

/**
 * A published claim's pending revision: staff edits of its fields wait in `Claim.draft`, and its
 * quotes, evidence and links carry `pendingChange` (ADD: not public yet; REMOVE: still public).
 * The public reads the columns and the NONE/REMOVE rows until a reviewer approves; then
 * `applyPendingChanges` makes the draft the published version. An internal draft has no pending
 * state: its edits apply at once (nothing of it is public).
 */
export const PUBLIC_ROW = { pendingChange: { in: ["NONE" as const, "REMOVE" as const] } };

const stateSelect = {
  id: true,
  status: true,
  version: true,
  visibility: true,
  draft: true,
  draftAuthorIds: true,
  statement: true,
  subjectId: true,
  speakerId: true,
  statedOn: true,
  statedPrecision: true,
  statedInferred: true,
  internalNotes: true,
  quantity: { omit: { id: true, claimId: true } },
} as const;

/** Locks the claim row for the rest of the transaction and reads what the revision rules need. */
export async function lockClaimState(tx: Tx, claimId: string) {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That claim");
  return readClaimState(tx, claimId);
}

/** The claim's published fields, its draft (if any) and what staff work on (the draft, else the published). */
export async function readClaimState(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: stateSelect });
  if (!claim) throw notFound("That claim");
  return claimStateOf(claim);
}

/** The states of several claims in one statement (the review queue), by claim id. */
export async function readClaimStates(tx: Tx, claimIds: string[]): Promise<Map<string, ClaimState>> {
  const claims = await tx.claim.findMany({ where: { id: { in: claimIds } }, select: stateSelect });
  return new Map(claims.map((claim) => [claim.id, claimStateOf(claim)]));
}

type StateRow = Prisma.ClaimGetPayload<{ select: typeof stateSelect }>;

function claimStateOf(claim: StateRow) {
  const published = fieldsOf(claim);
  const draft = claim.draft === null ? null : claimFieldsSchema.parse(claim.draft);
  return { ...claim, published, draft, working: draft ?? published };
}

export type ClaimState = ReturnType<typeof claimStateOf>;

/** Whether changes to this claim wait for review (published) or apply at once (internal draft). */
export function assertEditable(state: { visibility: string }): "direct" | "draft" {
  if (state.visibility === "WITHDRAWN") {
    throw new AppError("CONFLICT", "This claim has been withdrawn; it can no longer be edited.");
  }
  return state.visibility === "PUBLIC" ? "draft" : "direct";
}

export async function addDraftAuthor(tx: Tx, claimId: string, authorId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Claim" SET "draftAuthorIds" = array_append("draftAuthorIds", ${authorId})
    WHERE id = ${claimId} AND NOT (${authorId} = ANY("draftAuthorIds"))`;
}

/** The columns that hold the given fields (the claim's own, and its figure). */
export function claimColumnsOf(fields: ClaimFields) {
  const { quantity, ...own } = fields;
  return { own, quantity };
}

export async function writeFields(tx: Tx, claimId: string, fields: ClaimFields): Promise<void> {
  const { own, quantity } = claimColumnsOf(fields);
  await tx.claim.update({ where: { id: claimId }, data: own });
  if (quantity) {
    await tx.claimQuantity.upsert({ where: { claimId }, create: { claimId, ...quantity }, update: quantity });
  } else {
    await tx.claimQuantity.deleteMany({ where: { claimId } });
  }
}

/** Readable before → after of two versions of the fields (names looked up in the transaction). */
export async function describeFieldChanges(tx: Tx, before: ClaimFields, after: ClaimFields): Promise<FieldChange[]> {
  return (await describeFieldChangesOf(tx, [[before, after]]))[0];
}

/** describeFieldChanges for several pairs, with one lookup of the names they all need. */
export async function describeFieldChangesOf(
  tx: Tx,
  pairs: [before: ClaimFields, after: ClaimFields][],
): Promise<FieldChange[][]> {
  if (pairs.length === 0) return [];
  const { subjectIds, speakerIds, measureIds } = referencedIds(...pairs.flat());
  const [subjects, speakers, measures] = await Promise.all([
    tx.subject.findMany({ where: { id: { in: subjectIds } }, select: { id: true, name: true } }),
    tx.person.findMany({ where: { id: { in: speakerIds } }, select: { id: true, name: true } }),
    tx.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, name: true } }),
  ]);
  const names = {
    subjects: new Map(subjects.map((s) => [s.id, s.name])),
    speakers: new Map(speakers.map((s) => [s.id, s.name])),
    measures: new Map(measures.map((m) => [m.id, m.name])),
  };
  return pairs.map(([before, after]) => diffFields(before, after, names));
}

/** The quotes, evidence and links of this claim that wait for review, as history items. */
export async function loadPendingItems(tx: Tx, claimId: string): Promise<ItemChange[]> {
  return (await loadPendingItemsOf(tx, [claimId])).get(claimId) ?? [];
}

/** loadPendingItems for several claims in three statements (the review queue), by claim id. */
export async function loadPendingItemsOf(tx: Tx, claimIds: string[]): Promise<Map<string, ItemChange[]>> {
  const pending = { pendingChange: { in: ["ADD" as const, "REMOVE" as const] } };
  const [quotes, evidence, links] = await Promise.all([
    tx.quote.findMany({
      where: { claimId: { in: claimIds }, ...pending },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        claimId: true,
        exact: true,
        pendingChange: true,
        articleVersion: { select: { article: { select: { headline: true } } } },
      },
    }),
    tx.evidence.findMany({
      where: { claimId: { in: claimIds }, ...pending },
      orderBy: { createdAt: "asc" },
      select: { id: true, claimId: true, kind: true, url: true, title: true, note: true, pendingChange: true },
    }),
    tx.claimLink.findMany({
      where: { ...pending, OR: [{ fromClaimId: { in: claimIds } }, { toClaimId: { in: claimIds } }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, type: true, fromClaimId: true, toClaimId: true, pendingChange: true },
    }),
  ]);
  const action = (p: string) => (p === "ADD" ? ("added" as const) : ("removed" as const));
  const items = new Map<string, ItemChange[]>(claimIds.map((id) => [id, []]));
  for (const q of quotes) {
    items.get(q.claimId)?.push({
      item: "quote",
      action: action(q.pendingChange),
      quoteId: q.id,
      exact: q.exact,
      headline: q.articleVersion.article.headline,
    });
  }
  for (const e of evidence) {
    items.get(e.claimId)?.push({
      item: "evidence",
      action: action(e.pendingChange),
      evidenceId: e.id,
      label: e.kind === "EXTERNAL_URL" ? (e.title ?? e.url ?? "an external page") : (e.note ?? "a note"),
    });
  }
  for (const l of links) {
    // A link between two claims of the batch waits on both (a claim never links to itself).
    const ends = [
      [l.fromClaimId, "from", l.toClaimId],
      [l.toClaimId, "to", l.fromClaimId],
    ] as const;
    for (const [claimId, direction, otherClaimId] of l.fromClaimId === l.toClaimId ? ends.slice(0, 1) : ends) {
      items.get(claimId)?.push({
        item: "link",
        action: action(l.pendingChange),
        linkId: l.id,
        type: l.type,
        direction,
        otherClaimId,
      });
    }
  }
  return items;
}

/** Field changes and item changes waiting for review on a locked claim. */
export async function pendingRevision(tx: Tx, state: ClaimState) {
  const fields = state.draft ? await describeFieldChanges(tx, state.published, state.draft) : [];
  const items = await loadPendingItems(tx, state.id);
  return { fields, items, empty: fields.length === 0 && items.length === 0 };
}

/**
 * Makes the pending revision the published version: the draft's fields go into the columns,
 * added rows become public, removed rows are deleted (their history stays in the events).
 */
export async function applyPendingChanges(tx: Tx, state: ClaimState) {
  const revision = await pendingRevision(tx, state);
  if (state.draft) await writeFields(tx, state.id, state.draft);
  const claimId = state.id;
  const removedQuotes = revision.items.flatMap((i) =>
    i.item === "quote" && i.action === "removed" ? [i.quoteId] : [],
  );
  if (removedQuotes.length > 0 && (await tx.evidence.count({ where: { quoteId: { in: removedQuotes } } })) > 0) {
    throw new AppError("CONFLICT", "A quote this revision removes is cited as evidence; it has to stay on the record.");
  }
  const links = { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] };
  await tx.evidence.deleteMany({ where: { claimId, pendingChange: "REMOVE" } });
  await tx.claimLink.deleteMany({ where: { ...links, pendingChange: "REMOVE" } });
  await tx.quote.deleteMany({ where: { claimId, pendingChange: "REMOVE" } });
  await tx.quote.updateMany({ where: { claimId, pendingChange: "ADD" }, data: { pendingChange: "NONE" } });
  await tx.evidence.updateMany({ where: { claimId, pendingChange: "ADD" }, data: { pendingChange: "NONE" } });
  await tx.claimLink.updateMany({ where: { ...links, pendingChange: "ADD" }, data: { pendingChange: "NONE" } });
  await tx.claim.update({ where: { id: claimId }, data: { draft: Prisma.DbNull, draftAuthorIds: [] } });
  return revision;
}

/** Drops the pending revision: added rows go, removed rows stay, the fields stay as published. */
export async function discardPendingChanges(tx: Tx, state: ClaimState) {
  const revision = await pendingRevision(tx, state);
  const claimId = state.id;
  const links = { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] };
  const addedQuotes = revision.items.flatMap((i) => (i.item === "quote" && i.action === "added" ? [i.quoteId] : []));
  await tx.evidence.deleteMany({ where: { claimId, pendingChange: "ADD" } });
  if (addedQuotes.length > 0 && (await tx.evidence.count({ where: { quoteId: { in: addedQuotes } } })) > 0) {
    throw new AppError("CONFLICT", "A quote added in this draft is cited as evidence elsewhere; remove that first.");
  }
  await tx.claimLink.deleteMany({ where: { ...links, pendingChange: "ADD" } });
  await tx.quote.deleteMany({ where: { claimId, pendingChange: "ADD" } });
  await tx.quote.updateMany({ where: { claimId, pendingChange: "REMOVE" }, data: { pendingChange: "NONE" } });
  await tx.evidence.updateMany({ where: { claimId, pendingChange: "REMOVE" }, data: { pendingChange: "NONE" } });
  await tx.claimLink.updateMany({ where: { ...links, pendingChange: "REMOVE" }, data: { pendingChange: "NONE" } });
  await tx.claim.update({ where: { id: claimId }, data: { draft: Prisma.DbNull, draftAuthorIds: [] } });
  return revision;
}

/** Locks the claim row for the rest of the transaction; concurrent writers to one claim queue here. */
export async function lockClaim(tx: Tx, claimId: string): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That claim");
}
