-- AlterTable
ALTER TABLE "ClaimQuantity" ADD COLUMN     "measureId" TEXT;

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Measure_subjectId_slug_key" ON "Measure"("subjectId", "slug");

-- CreateIndex
CREATE INDEX "ClaimQuantity_measureId_idx" ON "ClaimQuantity"("measureId");

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimQuantity" ADD CONSTRAINT "ClaimQuantity_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
