-- Article versions: reviewed revisions of public articles, and quotes awaiting re-anchoring.

-- CreateEnum
CREATE TYPE "ReanchorOutcome" AS ENUM ('FUZZY', 'ORPHANED');

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "pendingArticleId" TEXT,
    "baseNumber" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'PENDING',
    "proposerId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "decisionComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "versionNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteReanchor" (
    "id" TEXT NOT NULL,
    "quoteId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL,
    "toVersionId" TEXT NOT NULL,
    "outcome" "ReanchorOutcome" NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "exact" TEXT,
    "similarity" DOUBLE PRECISION,
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuoteReanchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_pendingArticleId_key" ON "ArticleRevision"("pendingArticleId");
CREATE INDEX "ArticleRevision_articleId_createdAt_idx" ON "ArticleRevision"("articleId", "createdAt");
CREATE INDEX "ArticleRevision_state_createdAt_idx" ON "ArticleRevision"("state", "createdAt");
CREATE INDEX "ArticleRevision_proposerId_idx" ON "ArticleRevision"("proposerId");
CREATE INDEX "ArticleRevision_reviewerId_idx" ON "ArticleRevision"("reviewerId");
CREATE INDEX "QuoteReanchor_quoteId_idx" ON "QuoteReanchor"("quoteId");
CREATE INDEX "QuoteReanchor_fromVersionId_idx" ON "QuoteReanchor"("fromVersionId");
CREATE INDEX "QuoteReanchor_toVersionId_idx" ON "QuoteReanchor"("toVersionId");
CREATE INDEX "QuoteReanchor_resolvedById_idx" ON "QuoteReanchor"("resolvedById");
CREATE INDEX "QuoteReanchor_resolvedAt_createdAt_idx" ON "QuoteReanchor"("resolvedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "QuoteReanchor" ADD CONSTRAINT "QuoteReanchor_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteReanchor" ADD CONSTRAINT "QuoteReanchor_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteReanchor" ADD CONSTRAINT "QuoteReanchor_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteReanchor" ADD CONSTRAINT "QuoteReanchor_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
