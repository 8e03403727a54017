-- No semicolons in these comments: the PostgreSQL driver adapter splits a script at each one.
-- The admin search by link (lib/orders/search-links.ts): a trigram index of the links of all orders,
-- so a LIKE on any part of a link reads a few index entries instead of every order. pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner may create it. Prisma cannot describe a GIN
-- trigram index in a schema shared with SQLite, so lib/db/raw-objects.ts names it so schema diffs
-- leave it alone and the migrations test checks it exists.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Order_link_trgm_idx" ON "Order" USING GIN ("link" gin_trgm_ops);
