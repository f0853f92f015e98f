-- Keyset pages of a subject's and a person's published claims, in the order the timeline shows them
-- (lib/claims/timeline.ts: statedOn newest first with unknown dates last, then id): the page's
-- LIMIT stops the index scan, instead of building every claim of a subject with 4,000 claims and
-- sorting them (177 ms → 5 ms at 100,000 claims, EXPLAIN ANALYZE of the subject page's query).
-- schema.prisma cannot spell NULLS LAST; these are the indexes its @@index lines name.
CREATE INDEX "Claim_visibility_subjectId_statedOn_id_idx" ON "Claim"("visibility", "subjectId", "statedOn" DESC NULLS LAST, "id" DESC);
CREATE INDEX "Claim_visibility_speakerId_statedOn_id_idx" ON "Claim"("visibility", "speakerId", "statedOn" DESC NULLS LAST, "id" DESC);

-- A measure's most recent figures (the subject chart, the claim page's other figures).
CREATE INDEX "ClaimQuantity_measureId_asOf_id_idx" ON "ClaimQuantity"("measureId", "asOf" DESC NULLS LAST, "id");
