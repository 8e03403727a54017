-- DropIndex
DROP INDEX "LedgerEntry_type_createdAt_idx";

-- DropIndex
DROP INDEX "Order_createdAt_idx";

-- CreateIndex
CREATE INDEX "LedgerEntry_userId_amount_idx" ON "LedgerEntry"("userId", "amount");

-- CreateIndex
CREATE INDEX "LedgerEntry_type_createdAt_amount_idx" ON "LedgerEntry"("type", "createdAt", "amount");

-- CreateIndex
CREATE INDEX "Order_createdAt_status_cost_quantity_remains_idx" ON "Order"("createdAt", "status", "cost", "quantity", "remains");
