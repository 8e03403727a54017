-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "currentAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DashboardDayFigure" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,

    PRIMARY KEY ("day", "kind", "key")
);

-- CreateTable
CREATE TABLE "LedgerCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "differences" INTEGER NOT NULL,
    "checkedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Order_completedAt_createdAt_idx" ON "Order"("completedAt", "createdAt");
