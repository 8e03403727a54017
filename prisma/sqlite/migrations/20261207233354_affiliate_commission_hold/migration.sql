-- AlterTable
ALTER TABLE "AffiliateEntry" ADD COLUMN "availableAt" DATETIME;
ALTER TABLE "AffiliateEntry" ADD COLUMN "orderId" INTEGER;

-- CreateIndex
CREATE INDEX "AffiliateEntry_orderId_idx" ON "AffiliateEntry"("orderId");

-- Entries written before the hold were spendable at once: they stay so.
UPDATE "AffiliateEntry" SET "availableAt" = "createdAt";
