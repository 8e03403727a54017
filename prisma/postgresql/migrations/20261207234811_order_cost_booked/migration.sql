-- DropIndex
DROP INDEX "Order_createdAt_status_cost_quantity_remains_idx";



-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "costBooked" BIGINT;

-- CreateIndex
CREATE INDEX "Order_createdAt_status_cost_quantity_remains_costBooked_idx" ON "Order"("createdAt", "status", "cost", "quantity", "remains", "costBooked");
