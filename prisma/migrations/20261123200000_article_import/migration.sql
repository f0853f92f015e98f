-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('TEXT', 'MARKDOWN', 'HTML');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "authorsInferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "languageInferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "outletInferred" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ArticleVersion" ADD COLUMN     "bodyHash" TEXT,
ADD COLUMN     "sourceHash" TEXT,
ADD COLUMN     "trim" JSONB;

-- CreateTable
CREATE TABLE "ArticleImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT,
    "format" "ImportFormat" NOT NULL,
    "rawText" TEXT NOT NULL,
    "blocks" TEXT[],
    "sourceHash" TEXT NOT NULL,
    "suggestions" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleChange" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleVersion_sourceHash_idx" ON "ArticleVersion"("sourceHash");

-- CreateIndex
CREATE INDEX "ArticleVersion_bodyHash_idx" ON "ArticleVersion"("bodyHash");

-- CreateIndex
CREATE INDEX "ArticleImport_sourceHash_idx" ON "ArticleImport"("sourceHash");

-- CreateIndex
CREATE INDEX "ArticleImport_createdById_createdAt_idx" ON "ArticleImport"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleChange_articleId_createdAt_idx" ON "ArticleChange"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleChange_actorId_idx" ON "ArticleChange"("actorId");

-- AddForeignKey
ALTER TABLE "ArticleImport" ADD CONSTRAINT "ArticleImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleChange" ADD CONSTRAINT "ArticleChange_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleChange" ADD CONSTRAINT "ArticleChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
