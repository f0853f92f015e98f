-- Publication, revisions and corrections (docs/decisions/0005-publication-and-revisions.md).
-- New claims are internal drafts; publishing, revising, withdrawing and redacting are proposals.
-- Enum values added here are not used in this migration (PostgreSQL refuses that in one transaction).

-- AlterEnum
ALTER TYPE "Visibility" ADD VALUE 'WITHDRAWN';
ALTER TYPE "ReviewState" ADD VALUE 'CANCELLED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'PROPOSED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'PROPOSAL_REJECTED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'PROPOSAL_CANCELLED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'PUBLISHED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'REVISED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'WITHDRAWN';
ALTER TYPE "ClaimEventKind" ADD VALUE 'REDACTED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'DRAFT_DISCARDED';

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('STATUS', 'PUBLISH', 'REVISION', 'WITHDRAWAL', 'REDACTION');
CREATE TYPE "PendingChange" AS ENUM ('NONE', 'ADD', 'REMOVE');
CREATE TYPE "RedactionTarget" AS ENUM ('QUOTE', 'STATEMENT', 'SPEAKER_NAME');

-- AlterTable: claims already public stay public; only new claims start internal.
ALTER TABLE "Claim" ALTER COLUMN "visibility" SET DEFAULT 'INTERNAL',
ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftAuthorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawalReason" TEXT;

UPDATE "Claim" SET "publishedAt" = "createdAt" WHERE "visibility" = 'PUBLIC';

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "pendingChange" "PendingChange" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "redactedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ClaimLink" ADD COLUMN     "pendingChange" "PendingChange" NOT NULL DEFAULT 'NONE';

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "pendingChange" "PendingChange" NOT NULL DEFAULT 'NONE';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "kind" "ProposalKind" NOT NULL DEFAULT 'STATUS',
ADD COLUMN     "authorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publicReason" TEXT,
ADD COLUMN     "redactionTarget" "RedactionTarget",
ADD COLUMN     "redactionQuoteId" TEXT,
ADD COLUMN     "publicSummary" TEXT,
ADD COLUMN     "resultStatus" "ClaimStatus",
ALTER COLUMN "toStatus" DROP NOT NULL;
UPDATE "Review" SET "resultStatus" = "toStatus" WHERE "state" = 'APPROVED';
