-- AlterTable
ALTER TABLE "ClaimQuantity" ADD COLUMN     "asOfInferred" BOOLEAN NOT NULL DEFAULT false;
