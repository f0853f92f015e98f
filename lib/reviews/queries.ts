import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { pendingRevision, readClaimState } from "../claims/draft";
import { db, type Tx } from "../db/client";
import { describeHistory, describeItemChanges } from "../history/describe";
import { historyEventSelect, withPayloads } from "../history/read";
import { loadClaimFacts } from "./facts";
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

async function statementsOf(tx: Tx, items: { item: string; otherClaimId?: string }[]) {
  const ids = items.flatMap((i) => (i.otherClaimId ? [i.otherClaimId] : []));
  const claims = await tx.claim.findMany({ where: { id: { in: ids } }, select: { id: true, statement: true } });
  return new Map(claims.map((c) => [c.id, c.statement]));
}

type ProposalRow = Awaited<ReturnType<typeof loadProposal>>;
const loadProposal = (tx: Tx, id: string) => tx.review.findUniqueOrThrow({ where: { id }, select: proposalSelect });

/**
 * Everything a reviewer decides a proposal on, read the way the approval will check it: the
 * changes it carries (readable before → after), the sources and whether they are independent, why
 * it is stale if it is, and what the decision form must ask. Shared by the review queue and the
 * staff claim page, so both say the same.
 */
export async function proposalContext(tx: Tx, actor: Actor, review: ProposalRow) {
  const state = await readClaimState(tx, review.claimId);
  const [revision, facts, laterEdits] = await Promise.all([
    pendingRevision(tx, state),
    loadClaimFacts(tx, review.claimId),
    tx.claimEvent
      .findMany({
        where: { claimId: review.claimId, createdAt: { gt: review.createdAt }, kind: { in: [...CONTENT_KINDS] } },
        orderBy: { seq: "asc" },
        select: historyEventSelect,
      })
      .then((events) => withPayloads(tx, events)),
  ]);
  const stale = isStale(review, state);
  const edits = describeHistory(laterEdits, new Map(), "staff");
  return {
    ...review,
    label: PROPOSAL_RULES[review.kind].label,
    claimStatus: state.status,
    claimVisibility: state.visibility,
    revision: { fields: revision.fields, items: revision.items },
    revisionItems: describeItemChanges(revision.items, await statementsOf(tx, revision.items)),
    sources: facts.sources,
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
}

export type ProposalContext = Awaited<ReturnType<typeof proposalContext>>;

/** The pending proposal of one claim, if any, in the same shape the queue uses. */
export async function pendingProposalOf(tx: Tx, actor: Actor, claimId: string): Promise<ProposalContext | null> {
  const pending = await tx.review.findUnique({ where: { pendingClaimId: claimId }, select: { id: true } });
  return pending ? proposalContext(tx, actor, await loadProposal(tx, pending.id)) : null;
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
  // No transaction: the cards load side by side on the pool (a page of 20 took 570 ms one after
  // another). Each card is read as of its own moment; the approval checks everything again.
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
    const result = await Promise.all(
      reviews.map(async (review) => {
        const context = await proposalContext(tx, actor, review);
        const cited = new Set(review.evidence.map((e) => e.evidenceId));
        const claim = await tx.claim.findUniqueOrThrow({
          where: { id: review.claimId },
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
        });
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
      }),
    );
    return { proposals: result, total, next, isFirstPage: !after };
  }
}

export type PendingProposal = Awaited<ReturnType<typeof listPendingProposals>>["proposals"][number];
