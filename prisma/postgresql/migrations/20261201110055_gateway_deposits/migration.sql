-- CreateEnum
CREATE TYPE "DepositStatus" AS ENUM ('PENDING', 'CREDITED', 'REVIEW', 'EXPIRED', 'FAILED');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('QUEUED', 'CREDITED', 'HANDLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerType" ADD VALUE 'DEPOSIT_BONUS';
ALTER TYPE "LedgerType" ADD VALUE 'COUPON';

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "depositId" INTEGER;

-- CreateTable
CREATE TABLE "Deposit" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "gateway" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "payAmount" TEXT NOT NULL,
    "payCurrency" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "status" "DepositStatus" NOT NULL DEFAULT 'PENDING',
    "credited" BIGINT NOT NULL DEFAULT 0,
    "gatewayRef" TEXT,
    "paymentRef" TEXT,
    "payUrl" TEXT,
    "couponId" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "creditedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deposit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayTransfer" (
    "id" SERIAL NOT NULL,
    "gateway" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "depositId" INTEGER,
    "userId" INTEGER,
    "amount" BIGINT NOT NULL,
    "grossAmount" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "content" TEXT,
    "status" "TransferStatus" NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GatewayTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatewayExchange" (
    "id" SERIAL NOT NULL,
    "gateway" TEXT NOT NULL,
    "depositId" INTEGER,
    "direction" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatewayExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "usesLeft" INTEGER,
    "expiresAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouponRedemption" (
    "id" SERIAL NOT NULL,
    "couponId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "depositId" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouponRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepositBonusRule" (
    "id" SERIAL NOT NULL,
    "minAmount" BIGINT NOT NULL,
    "percentBps" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepositBonusRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deposit_code_key" ON "Deposit"("code");

-- CreateIndex
CREATE INDEX "Deposit_userId_id_idx" ON "Deposit"("userId", "id");

-- CreateIndex
CREATE INDEX "Deposit_status_expiresAt_idx" ON "Deposit"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Deposit_gateway_gatewayRef_idx" ON "Deposit"("gateway", "gatewayRef");

-- CreateIndex
CREATE INDEX "GatewayTransfer_status_id_idx" ON "GatewayTransfer"("status", "id");

-- CreateIndex
CREATE INDEX "GatewayTransfer_depositId_idx" ON "GatewayTransfer"("depositId");

-- CreateIndex
CREATE UNIQUE INDEX "GatewayTransfer_gateway_externalId_key" ON "GatewayTransfer"("gateway", "externalId");

-- CreateIndex
CREATE INDEX "GatewayExchange_depositId_idx" ON "GatewayExchange"("depositId");

-- CreateIndex
CREATE INDEX "GatewayExchange_gateway_id_idx" ON "GatewayExchange"("gateway", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_code_key" ON "Coupon"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CouponRedemption_depositId_key" ON "CouponRedemption"("depositId");

-- CreateIndex
CREATE UNIQUE INDEX "CouponRedemption_couponId_userId_key" ON "CouponRedemption"("couponId", "userId");

-- CreateIndex
CREATE INDEX "LedgerEntry_depositId_idx" ON "LedgerEntry"("depositId");

-- AddForeignKey
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayTransfer" ADD CONSTRAINT "GatewayTransfer_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Deposit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatewayExchange" ADD CONSTRAINT "GatewayExchange_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Deposit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponRedemption" ADD CONSTRAINT "CouponRedemption_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
