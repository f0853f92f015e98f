import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { appendClaimEvent } from "../history/append";
import { addDraftAuthor, assertEditable, lockClaimState } from "./draft";
import { evidenceInputSchema, type EvidenceInput } from "./schemas";

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
