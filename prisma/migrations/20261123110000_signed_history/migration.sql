-- Signed, checkpointed history (docs/history-format.md, docs/decisions/0003): format-2 events keep
-- their content apart, addressed by hash, and carry an HMAC tag; signed checkpoints anchor heads.

-- AlterTable (the append-only triggers refuse row changes, not new columns)
ALTER TABLE "ClaimEvent" ALTER COLUMN "payload" DROP NOT NULL,
ADD COLUMN     "format" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "tag" TEXT,
ADD COLUMN     "keyId" TEXT;

-- CreateTable
CREATE TABLE "ClaimEventContent" (
    "hash" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "ClaimEventContent_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "HistoryCheckpoint" (
    "seq" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "treeSize" INTEGER NOT NULL,
    "root" TEXT NOT NULL,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "HistoryCheckpoint_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "CheckpointLeaves" (
    "checkpointSeq" INTEGER NOT NULL,
    "leaves" BYTEA NOT NULL,

    CONSTRAINT "CheckpointLeaves_pkey" PRIMARY KEY ("checkpointSeq")
);

-- CreateIndex
CREATE INDEX "ClaimEventContent_claimId_idx" ON "ClaimEventContent"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryCheckpoint_hash_key" ON "HistoryCheckpoint"("hash");
