-- Trigram similarity for link suggestions (also added by the search migration; either order works).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ClaimSuggestionDismissal" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkSuggestionDismissal" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "otherClaimId" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkSuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSuggestionDismissal_articleId_key_key" ON "ClaimSuggestionDismissal"("articleId", "key");

-- CreateIndex
CREATE INDEX "ClaimSuggestionDismissal_dismissedById_idx" ON "ClaimSuggestionDismissal"("dismissedById");

-- CreateIndex
CREATE UNIQUE INDEX "LinkSuggestionDismissal_claimId_otherClaimId_key" ON "LinkSuggestionDismissal"("claimId", "otherClaimId");

-- CreateIndex
CREATE INDEX "LinkSuggestionDismissal_otherClaimId_idx" ON "LinkSuggestionDismissal"("otherClaimId");

-- CreateIndex
CREATE INDEX "LinkSuggestionDismissal_dismissedById_idx" ON "LinkSuggestionDismissal"("dismissedById");

-- AddForeignKey
ALTER TABLE "ClaimSuggestionDismissal" ADD CONSTRAINT "ClaimSuggestionDismissal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSuggestionDismissal" ADD CONSTRAINT "ClaimSuggestionDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSuggestionDismissal" ADD CONSTRAINT "LinkSuggestionDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSuggestionDismissal" ADD CONSTRAINT "LinkSuggestionDismissal_otherClaimId_fkey" FOREIGN KEY ("otherClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSuggestionDismissal" ADD CONSTRAINT "LinkSuggestionDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
