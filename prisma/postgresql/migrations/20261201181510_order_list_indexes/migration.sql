-- CreateIndex
CREATE INDEX "Order_userId_id_link_idx" ON "Order"("userId", "id", "link");

-- CreateIndex
CREATE INDEX "Order_status_id_idx" ON "Order"("status", "id");
