-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" TEXT NOT NULL,
    "currentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "DashboardDayFigure" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "DashboardDayFigure_pkey" PRIMARY KEY ("day","kind","key")
);

-- CreateTable
CREATE TABLE "LedgerCheck" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "differences" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LedgerCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Order_completedAt_createdAt_idx" ON "Order"("completedAt", "createdAt");
