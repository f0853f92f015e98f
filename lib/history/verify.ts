import "server-only";
import { db } from "../db/client";
import { verifyChain, type ChainBreak } from "./chain";

export type VerificationReport = {
  claimsChecked: number;
  eventsChecked: number;
  breaks: ChainBreak[];
  checkedAt: Date;
};

const BATCH = 200;

/**
 * Walks every claim's history, claim by claim in batches, and reports each break: which claim,
 * which sequence number, what is wrong. Used by `npm run history:verify` and the admin page.
 */
export async function verifyAllHistory(): Promise<VerificationReport> {
  const report: VerificationReport = { claimsChecked: 0, eventsChecked: 0, breaks: [], checkedAt: new Date() };
  let cursor: string | undefined;
  for (;;) {
    const claims = await db().claim.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (claims.length === 0) break;
    const events = await db().claimEvent.findMany({
      where: { claimId: { in: claims.map((c) => c.id) } },
      orderBy: [{ claimId: "asc" }, { seq: "asc" }],
      select: {
        claimId: true,
        seq: true,
        kind: true,
        actorId: true,
        createdAt: true,
        payload: true,
        prevHash: true,
        hash: true,
      },
    });
    const byClaim = new Map<string, typeof events>();
    for (const event of events) byClaim.set(event.claimId, [...(byClaim.get(event.claimId) ?? []), event]);
    for (const claim of claims) {
      const chain = byClaim.get(claim.id) ?? [];
      if (chain.length === 0) report.breaks.push({ claimId: claim.id, seq: 0, problem: "claim has no history at all" });
      report.breaks.push(...verifyChain(chain));
      report.eventsChecked += chain.length;
    }
    report.claimsChecked += claims.length;
    cursor = claims[claims.length - 1].id;
  }
  return report;
}
