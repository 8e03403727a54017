-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "providerId" INTEGER NOT NULL,
    "link" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "params" TEXT,
    "charge" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "startCount" BIGINT,
    "remains" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'web',
    "requestId" TEXT,
    "dispatchState" TEXT NOT NULL DEFAULT 'QUEUED',
    "dispatchTries" INTEGER NOT NULL DEFAULT 0,
    "nextDispatchAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimUntil" DATETIME,
    "providerOrderId" TEXT,
    "lastError" TEXT,
    "reviewReason" TEXT,
    "statusCheckedAt" DATETIME,
    "statusErrors" INTEGER NOT NULL DEFAULT 0,
    "cancelRequestedAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("charge", "claimUntil", "claimedBy", "completedAt", "cost", "createdAt", "dispatchState", "dispatchTries", "id", "lastError", "link", "nextDispatchAt", "params", "providerId", "providerOrderId", "quantity", "refunded", "remains", "requestId", "reviewReason", "serviceId", "source", "startCount", "status", "statusCheckedAt", "updatedAt", "userId") SELECT "charge", "claimUntil", "claimedBy", "completedAt", "cost", "createdAt", "dispatchState", "dispatchTries", "id", "lastError", "link", "nextDispatchAt", "params", "providerId", "providerOrderId", "quantity", "refunded", "remains", "requestId", "reviewReason", "serviceId", "source", "startCount", "status", "statusCheckedAt", "updatedAt", "userId" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE INDEX "Order_userId_status_id_idx" ON "Order"("userId", "status", "id");
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt");
CREATE INDEX "Order_dispatchState_nextDispatchAt_idx" ON "Order"("dispatchState", "nextDispatchAt");
CREATE INDEX "Order_providerId_providerOrderId_idx" ON "Order"("providerId", "providerOrderId");
CREATE INDEX "Order_providerId_status_statusCheckedAt_idx" ON "Order"("providerId", "status", "statusCheckedAt");
CREATE INDEX "Order_serviceId_status_completedAt_idx" ON "Order"("serviceId", "status", "completedAt");
CREATE INDEX "Order_createdAt_idx" ON "Order"("createdAt");
CREATE UNIQUE INDEX "Order_userId_requestId_key" ON "Order"("userId", "requestId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
