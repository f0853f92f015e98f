import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { describeFieldChangesOf, loadPendingItemsOf, readClaimStates } from "../claims/tx-helpers";
import type { ClaimFields } from "../claims/fields";
import { db, type Tx } from "../db/client";
import { notFound } from "../errors";
import { describeHistory, describeItemChanges } from "../history/describe";
import { historyEventSelect, withPayloads } from "../history/queries";
import { loadClaimFactsOf } from "./facts";
import { asksWhetherStatusHolds, decisionRefusal, isStale, needsPublicSummary, PROPOSAL_RULES } from "./rules";

/** Event kinds that change a claim's content, and so make an earlier proposal stale. */
const CONTENT_KINDS = [
  "EDITED",
  "QUOTE_ADDED",
  "QUOTE_REMOVED",
  "QUOTE_REANCHORED",
  "LINKED",
  "UNLINKED",
  "EVIDENCE_ADDED",
  "DRAFT_DISCARDED",
] as const;

const proposalSelect = {
  id: true,
  kind: true,
  claimId: true,
  fromStatus: true,
  toStatus: true,
  rationale: true,
  publicReason: true,
  redactionTarget: true,
  redactionQuoteId: true,
  createdAt: true,
  claimVersion: true,
  proposerId: true,
  authorIds: true,
  proposer: { select: { name: true } },
  evidence: { select: { evidenceId: true } },
} as const;

type ProposalRow = Awaited<ReturnType<typeof loadProposal>>;
const loadProposal = (tx: Tx, id: string) => tx.review.findUniqueOrThrow({ where: { id }, select: proposalSelect });

/**
 * Everything a reviewer decides a proposal on, read the way the approval will check it: the
 * changes it carries (readable before → after), the sources and whether they are independent, why
 * it is stale if it is, and what the decision form must ask. Shared by the review queue and the
 * staff claim page, so both say the same. A page of proposals is read in a fixed number of
 * statements, whatever its length (one claim at a time was 18 statements a card).
 */
export async function proposalContexts(tx: Tx, actor: Actor, reviews: ProposalRow[]) {
  if (reviews.length === 0) return [];
  const claimIds = [...new Set(reviews.map((r) => r.claimId))];
  const [states, items, facts, laterEdits] = await Promise.all([
    readClaimStates(tx, claimIds),
    loadPendingItemsOf(tx, claimIds),
    loadClaimFactsOf(tx, claimIds),
    tx.claimEvent
      .findMany({
        where: {
          kind: { in: [...CONTENT_KINDS] },
          OR: reviews.map((r) => ({ claimId: r.claimId, createdAt: { gt: r.createdAt } })),
        },
        orderBy: [{ claimId: "asc" }, { seq: "asc" }],
        select: { ...historyEventSelect, claimId: true },
      })
      .then((events) => withPayloads(tx, events)),
  ]);
  const stateOf = (claimId: string) => {
    const state = states.get(claimId);
    if (!state) throw notFound("That claim");
    return state;
  };
  const drafted = claimIds.flatMap((id) => {
    const state = stateOf(id);
    return state.draft ? [{ id, pair: [state.published, state.draft] as [ClaimFields, ClaimFields] }] : [];
  });
  const otherIds = [...items.values()].flat().flatMap((i) => (i.item === "link" ? [i.otherClaimId] : []));
  const [fieldChanges, others] = await Promise.all([
    describeFieldChangesOf(
      tx,
      drafted.map((d) => d.pair),
    ),
    otherIds.length === 0
      ? []
      : tx.claim.findMany({ where: { id: { in: otherIds } }, select: { id: true, statement: true } }),
  ]);
  const fieldsOfClaim = new Map(drafted.map((d, i) => [d.id, fieldChanges[i]]));
  const statements = new Map(others.map((c) => [c.id, c.statement]));
  return reviews.map((review) => {
    const state = stateOf(review.claimId);
    const revision = { fields: fieldsOfClaim.get(review.claimId) ?? [], items: items.get(review.claimId) ?? [] };
    const stale = isStale(review, state);
    const edits = describeHistory(
      laterEdits.filter((e) => e.claimId === review.claimId && e.createdAt > review.createdAt),
      new Map(),
      "staff",
    );
    return {
      ...review,
      label: PROPOSAL_RULES[review.kind].label,
      claimStatus: state.status,
      claimVisibility: state.visibility,
      revision,
      revisionItems: describeItemChanges(revision.items, statements),
      sources: facts.get(review.claimId)!.sources,
      stale,
      staleReason: stale
        ? `The claim changed after this was proposed: ${
            edits.map((e) => `${e.summary.toLowerCase()} by ${e.actor ?? "someone"}`).join("; ") || "it was edited"
          }. It can be rejected, not approved; propose again.`
        : null,
      decisionRefusal: decisionRefusal(actor, review),
      needsPublicSummary: needsPublicSummary(review.kind, state.visibility),
      asksWhetherStatusHolds: asksWhetherStatusHolds(review, state),
    };
  });
}

export type ProposalContext = Awaited<ReturnType<typeof proposalContexts>>[number];

/** The pending proposal of one claim, if any, in the same shape the queue uses. */
export async function pendingProposalOf(tx: Tx, actor: Actor, claimId: string): Promise<ProposalContext | null> {
  const pending = await tx.review.findUnique({ where: { pendingClaimId: claimId }, select: { id: true } });
  return pending ? (await proposalContexts(tx, actor, [await loadProposal(tx, pending.id)]))[0] : null;
}

/** Proposals shown per page of the review queue: each carries its whole case, so pages stay short. */
export const QUEUE_PAGE_SIZE = 20;

/** A queue position: the last proposal shown, as "<createdAt ISO>_<id>" (oldest first). */
function parseQueueCursor(cursor: string | undefined) {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([A-Za-z0-9_-]+)$/.exec(cursor) : null;
  if (!match || Number.isNaN(Date.parse(match[1]))) return null;
  return { createdAt: new Date(match[1]), id: match[2] };
}

/**
 * The reviewer's queue: pending proposals, oldest first, a page at a time (keyset, so the
 * thousandth proposal costs what the first does), each with what it rests on side by side: the
 * claim, its quotes with their outlets, its evidence (marked when the proposal cites it), its
 * links, the changes it carries, and the rationale. `total` counts every pending proposal.
 */
export async function listPendingProposals(actor: Actor, options: { after?: string } = {}) {
  assertCan(actor, "review:decide");
  const after = parseQueueCursor(options.after);
  // No transaction: the page's statements run side by side on the pool. The cards are read in a
  // fixed number of statements (not per card), each as of its own moment; the approval checks
  // everything again.
  // The readers below take a transaction client; the pool client answers the same queries.
  const tx = db() as unknown as Tx;
  {
    const [rows, total] = await Promise.all([
      tx.review.findMany({
        where: {
          state: "PENDING",
          ...(after
            ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }
            : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: QUEUE_PAGE_SIZE + 1,
        select: proposalSelect,
      }),
      tx.review.count({ where: { state: "PENDING" } }),
    ]);
    const reviews = rows.slice(0, QUEUE_PAGE_SIZE);
    const last = reviews.at(-1);
    const next = rows.length > QUEUE_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null;
    const [contexts, claims] = await Promise.all([
      proposalContexts(tx, actor, reviews),
      tx.claim.findMany({
        where: { id: { in: reviews.map((r) => r.claimId) } },
        select: {
          id: true,
          statement: true,
          quotes: {
            where: { redactedAt: null },
            select: {
              id: true,
              exact: true,
              pendingChange: true,
              articleVersion: {
                select: { article: { select: { id: true, headline: true, outlet: { select: { name: true } } } } },
              },
            },
          },
          evidence: {
            select: {
              id: true,
              kind: true,
              url: true,
              title: true,
              archivedUrl: true,
              note: true,
              pendingChange: true,
              quote: { select: { exact: true, claimId: true } },
            },
          },
          linksFrom: {
            select: {
              type: true,
              note: true,
              pendingChange: true,
              toClaim: { select: { id: true, statement: true, status: true } },
            },
          },
          linksTo: {
            select: {
              type: true,
              note: true,
              pendingChange: true,
              fromClaim: { select: { id: true, statement: true, status: true } },
            },
          },
        },
      }),
    ]);
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const result = contexts.map((context) => {
      const cited = new Set(context.evidence.map((e) => e.evidenceId));
      const claim = claimById.get(context.claimId);
      if (!claim) throw notFound("That claim");
      return {
        ...context,
        claim: {
          id: claim.id,
          statement: claim.statement,
          status: context.claimStatus,
          visibility: context.claimVisibility,
          quotes: claim.quotes.map((q) => ({
            id: q.id,
            exact: q.exact,
            pendingChange: q.pendingChange,
            articleId: q.articleVersion.article.id,
            headline: q.articleVersion.article.headline,
            outlet: q.articleVersion.article.outlet?.name ?? null,
          })),
          evidence: claim.evidence.map((e) => ({ ...e, cited: cited.has(e.id) })),
          links: [
            ...claim.linksFrom.map((l) => ({
              type: l.type,
              note: l.note,
              pendingChange: l.pendingChange,
              direction: "outgoing" as const,
              other: l.toClaim,
            })),
            ...claim.linksTo.map((l) => ({
              type: l.type,
              note: l.note,
              pendingChange: l.pendingChange,
              direction: "incoming" as const,
              other: l.fromClaim,
            })),
          ],
        },
      };
    });
    return { proposals: result, total, next, isFirstPage: !after };
  }
}

export type PendingProposal = Awaited<ReturnType<typeof listPendingProposals>>["proposals"][number];
