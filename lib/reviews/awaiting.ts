import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { PROPOSAL_KINDS, PROPOSAL_RULES } from "./rules";

/**
 * The pending proposals this staff member may decide, as a database filter: the rule of
 * decisionRefusal (lib/reviews/rules.ts) written as a WHERE clause, so a count or a list costs one
 * query. Kinds their role cannot decide (a reviewer and a redaction) are left out, and so is every
 * proposal they made or wrote part of. Null when their role decides nothing.
 */
export function awaitingDecisionBy(actor: Actor): Prisma.ReviewWhereInput | null {
  if (!can(actor.role, "review:decide")) return null;
  const kinds = PROPOSAL_KINDS.filter((kind) => can(actor.role, PROPOSAL_RULES[kind].decide));
  return {
    state: "PENDING",
    kind: { in: kinds },
    proposerId: { not: actor.id },
    NOT: { authorIds: { has: actor.id } },
  };
}

/** How many proposals wait for this staff member's decision (the staff header's count). */
export async function countProposalsAwaiting(actor: Actor): Promise<number> {
  const where = awaitingDecisionBy(actor);
  return where ? db().review.count({ where }) : 0;
}
