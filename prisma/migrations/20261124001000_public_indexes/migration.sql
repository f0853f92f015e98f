-- DropIndex
DROP INDEX "Claim_visibility_createdAt_idx";

-- CreateIndex
CREATE INDEX "Claim_visibility_createdAt_id_idx" ON "Claim"("visibility", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_visibility_status_createdAt_id_idx" ON "Claim"("visibility", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_visibility_subjectId_idx" ON "Claim"("visibility", "subjectId");

-- CreateIndex
CREATE INDEX "Review_state_decidedAt_idx" ON "Review"("state", "decidedAt");
