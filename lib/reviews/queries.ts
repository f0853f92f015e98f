import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";

/** Pending proposals, oldest first: the reviewer's queue. */
export async function listPendingProposals(actor: Actor) {
  assertCan(actor, "review:decide");
  return db().review.findMany({
    where: { state: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      proposerId: true,
      proposer: { select: { name: true } },
      claim: { select: { id: true, statement: true } },
    },
  });
}
