import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { notFound } from "../errors";
import { describeHistory, describeItemChanges } from "../history/describe";
import { historyEventSelect, withPayloads } from "../history/queries";
import { linkedClaimIds } from "./queries";
import { pendingRevision, readClaimState } from "./tx-helpers";
import { pendingProposalOf } from "../reviews/queries";

/** Staff reads: internal claims, notes, comments and every proposal are visible here, to staff only. */
const claimRefSelect = { id: true, statement: true, status: true, visibility: true } satisfies Prisma.ClaimSelect;

export async function getStaffClaim(actor: Actor, id: string) {
  assertCan(actor, "read:internal");
  const claim = await db().claim.findUnique({
    where: { id },
    include: {
      subject: true,
      speaker: true,
      quantity: true,
      createdBy: { select: { name: true } },
      quotes: {
        orderBy: { createdAt: "asc" },
        include: {
          articleVersion: {
            select: {
              number: true,
              article: { select: { id: true, headline: true, outletId: true, outlet: { select: { name: true } } } },
            },
          },
        },
      },
      evidence: { orderBy: { createdAt: "asc" }, include: { quote: { select: { exact: true, claimId: true } } } },
      linksFrom: { include: { toClaim: { select: claimRefSelect } } },
      linksTo: { include: { fromClaim: { select: claimRefSelect } } },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      reviews: {
        orderBy: { createdAt: "desc" },
        include: {
          proposer: { select: { name: true } },
          reviewer: { select: { name: true } },
          evidence: { select: { evidenceId: true } },
        },
      },
      events: {
        orderBy: { seq: "asc" },
        select: historyEventSelect,
      },
    },
  });
  if (!claim) throw notFound("That claim");
  const others = [...claim.linksFrom.map((l) => l.toClaim), ...claim.linksTo.map((l) => l.fromClaim)];
  const events = await withPayloads(db(), claim.events);
  const linkedIds = linkedClaimIds(events);
  // What staff work on (the draft of a published claim), what is waiting for review, and the
  // pending proposal as the reviewer will see it.
  const { state, revision, pending } = await db().$transaction(async (tx) => {
    const state = await readClaimState(tx, id);
    return {
      state,
      revision: await pendingRevision(tx, state),
      pending: await pendingProposalOf(tx, actor, id),
    };
  });
  const statements = await db().claim.findMany({
    where: { id: { in: linkedIds } },
    select: { id: true, statement: true },
  });
  const { events: _events, linksFrom, linksTo, ...rest } = claim;
  return {
    ...rest,
    links: [
      ...linksFrom.map((l) => ({
        id: l.id,
        type: l.type,
        note: l.note,
        pendingChange: l.pendingChange,
        direction: "outgoing" as const,
        other: l.toClaim,
      })),
      ...linksTo.map((l) => ({
        id: l.id,
        type: l.type,
        note: l.note,
        pendingChange: l.pendingChange,
        direction: "incoming" as const,
        other: l.fromClaim,
      })),
    ],
    linkedClaimCount: others.length,
    working: state.working,
    /** The name of the working figure's measure (the editor shows it; saving the name keeps it). */
    workingMeasureName: state.working.quantity?.measureId
      ? ((await db().measure.findUnique({ where: { id: state.working.quantity.measureId }, select: { name: true } }))
          ?.name ?? "")
      : "",
    revision,
    revisionItems: describeItemChanges(revision.items, new Map(statements.map((s) => [s.id, s.statement]))),
    pending,
    history: describeHistory(events, new Map(statements.map((s) => [s.id, s.statement])), "staff"),
  };
}

export type StaffClaim = Awaited<ReturnType<typeof getStaffClaim>>;

/** For pickers ("add to existing claim", "link to"): claims whose statement contains the words. */
export async function searchClaims(actor: Actor, text: string, limit = 20) {
  assertCan(actor, "read:internal");
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  return db().claim.findMany({
    where: { AND: words.map((w) => ({ statement: { contains: w, mode: "insensitive" as const } })) },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { ...claimRefSelect, subject: { select: { name: true } } },
  });
}

export async function listSubjectsAndSpeakers(actor: Actor) {
  assertCan(actor, "read:internal");
  const [subjects, speakers] = await Promise.all([
    db().subject.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().person.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, description: true } }),
  ]);
  return { subjects, speakers };
}

/** The quotes of one claim, for the "quote of another claim" evidence picker. */
export async function listClaimQuotes(actor: Actor, claimId: string) {
  assertCan(actor, "read:internal");
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      quotes: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          exact: true,
          articleVersion: { select: { article: { select: { headline: true, outlet: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!claim) throw notFound("That claim");
  return claim.quotes.map((q) => ({
    id: q.id,
    exact: q.exact,
    headline: q.articleVersion.article.headline,
    outlet: q.articleVersion.article.outlet?.name ?? null,
  }));
}
