-- AlterTable
ALTER TABLE "User" ADD COLUMN "displayCurrency" TEXT;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" TEXT NOT NULL PRIMARY KEY,
    "rate" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable (added at the end: no table rebuild)
ALTER TABLE "Order" ADD COLUMN "providerCost" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "Order" ADD COLUMN "providerCurrency" TEXT;
ALTER TABLE "Order" ADD COLUMN "exchangeRate" TEXT;

-- Orders placed before currencies existed were bought in the panel currency.
UPDATE "Order" SET "providerCost" = "cost";
