import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db/client";
import { CORRECTION_STATES, type CorrectionState } from "./schemas";

export const CORRECTIONS_PAGE_SIZE = 20;

/**
 * The staff queue of correction requests in one state: open ones oldest first (the longest
 * waiting is answered first), answered and closed ones most recent first. Staff only: the
 * reader's e-mail address is in here, and nowhere public.
 */
export async function listCorrectionRequests(actor: Actor, options: { state?: CorrectionState; page?: number } = {}) {
  assertCan(actor, "correction:handle");
  const state = options.state ?? "OPEN";
  const [grouped, total] = await Promise.all([
    db().correctionRequest.groupBy({ by: ["state"], _count: { _all: true } }),
    db().correctionRequest.count({ where: { state } }),
  ]);
  const counts = Object.fromEntries(CORRECTION_STATES.map((s) => [s, 0])) as Record<CorrectionState, number>;
  for (const row of grouped) counts[row.state] = row._count._all;
  const pageCount = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
  // Any page number from the URL (1e20, -3, 2.5, NaN) is clamped to a page that exists.
  const page = Math.min(pageCount, Math.max(1, Math.floor(options.page ?? 1) || 1));
  const direction = state === "OPEN" ? "asc" : "desc";
  const rows = await db().correctionRequest.findMany({
    where: { state },
    orderBy: [{ createdAt: direction }, { id: direction }],
    skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
    take: CORRECTIONS_PAGE_SIZE,
    select: {
      id: true,
      message: true,
      email: true,
      sourceUrl: true,
      state: true,
      createdAt: true,
      claim: { select: { id: true, statement: true, status: true, visibility: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, text: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  return { state, rows, total, page, pageCount, counts };
}

export type CorrectionRequestRow = Awaited<ReturnType<typeof listCorrectionRequests>>["rows"][number];

/** For the staff navigation: how many requests wait (0 for a role that does not handle them). */
export async function countOpenCorrectionRequests(actor: Actor): Promise<number> {
  if (!can(actor.role, "correction:handle")) return 0;
  return db().correctionRequest.count({ where: { state: "OPEN" } });
}
