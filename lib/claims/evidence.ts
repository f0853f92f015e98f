import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { appendClaimEvent } from "../history/append";
import { touchClaim } from "./lock";
import { evidenceInputSchema, type EvidenceInput } from "./schemas";

/** Adds evidence: an external page (with its archived copy), a quote of another claim, or a note. */
export async function addEvidence(actor: Actor, claimId: string, input: EvidenceInput) {
  assertCan(actor, "claim:edit");
  const data = evidenceInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    await touchClaim(tx, claimId);
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
