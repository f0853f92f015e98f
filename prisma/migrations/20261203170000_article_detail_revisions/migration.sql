-- Revisions of a public article's details (issue 11): a revision changes the body, the details, or
-- both; an applied change of the details names the approved revision it came from.

-- AlterTable
ALTER TABLE "ArticleRevision" ALTER COLUMN "body" DROP NOT NULL,
ALTER COLUMN "rawText" DROP NOT NULL,
ADD COLUMN "details" JSONB,
ADD COLUMN "detailsBefore" JSONB;

-- A revision changes something: a body (with its raw text), or details (with what they were).
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_changes_something" CHECK (
  ("body" IS NOT NULL AND "rawText" IS NOT NULL) OR ("details" IS NOT NULL AND "detailsBefore" IS NOT NULL)
);

-- AlterTable
ALTER TABLE "ArticleChange" ADD COLUMN "revisionId" TEXT;

-- CreateIndex
CREATE INDEX "ArticleChange_revisionId_idx" ON "ArticleChange"("revisionId");

-- AddForeignKey
ALTER TABLE "ArticleChange" ADD CONSTRAINT "ArticleChange_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
