-- Net spend (tiers) counts ended orders only: charges minus refunds of Completed, Partial and
-- Canceled orders. The charge of a running order joins it when the order ends.
UPDATE "User" SET "spent" = COALESCE((
  SELECT SUM(o."charge" - o."refunded") FROM "Order" o
   WHERE o."userId" = "User"."id" AND o."status" IN ('COMPLETED', 'PARTIAL', 'CANCELED')
), 0);
