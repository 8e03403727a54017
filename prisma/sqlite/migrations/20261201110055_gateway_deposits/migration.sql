-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN "depositId" INTEGER;

-- CreateTable
CREATE TABLE "Deposit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "gateway" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "payAmount" TEXT NOT NULL,
    "payCurrency" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "credited" BIGINT NOT NULL DEFAULT 0,
    "gatewayRef" TEXT,
    "paymentRef" TEXT,
    "payUrl" TEXT,
    "couponId" INTEGER,
    "expiresAt" DATETIME NOT NULL,
    "creditedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deposit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deposit_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GatewayTransfer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gateway" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "depositId" INTEGER,
    "userId" INTEGER,
    "amount" BIGINT NOT NULL,
    "grossAmount" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "content" TEXT,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "resolvedById" INTEGER,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GatewayTransfer_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Deposit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GatewayExchange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gateway" TEXT NOT NULL,
    "depositId" INTEGER,
    "direction" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GatewayExchange_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "Deposit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "usesLeft" INTEGER,
    "expiresAt" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CouponRedemption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "couponId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "depositId" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CouponRedemption_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DepositBonusRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "minAmount" BIGINT NOT NULL,
    "percentBps" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
