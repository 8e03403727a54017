-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "exchangeRate" TEXT,
ADD COLUMN     "providerCost" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "providerCurrency" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "displayCurrency" TEXT;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("currency")
);

-- Orders placed before currencies existed were bought in the panel currency.
UPDATE "Order" SET "providerCost" = "cost";
