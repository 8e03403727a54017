-- The admin search by link (lib/orders/search-links.ts): a trigram index of the links of all orders,
-- so a search for any part of a link reads a few index entries instead of every order. An FTS5
-- table that stores no copy of the links (contentless, with deletes) and no positions
-- (detail=none: a search is an AND of trigrams that LIKE on "Order" then confirms), kept in step
-- with "Order" by the triggers below. Prisma cannot describe these objects; lib/db/raw-objects.ts
-- names them so schema diffs leave them alone and the migrations test checks they exist.
-- A migration that rebuilds "Order" (the SQLite table redefinition) drops the triggers: create
-- them again in that migration.
CREATE VIRTUAL TABLE "OrderLinkSearch" USING fts5(link, content='', contentless_delete=1, tokenize='trigram', detail=none);

INSERT INTO "OrderLinkSearch" (rowid, link) SELECT id, link FROM "Order";

CREATE TRIGGER "Order_link_search_insert" AFTER INSERT ON "Order" BEGIN
  INSERT INTO "OrderLinkSearch" (rowid, link) VALUES (new.id, new.link);
END;

CREATE TRIGGER "Order_link_search_update" AFTER UPDATE OF link ON "Order" BEGIN
  DELETE FROM "OrderLinkSearch" WHERE rowid = old.id;
  INSERT INTO "OrderLinkSearch" (rowid, link) VALUES (new.id, new.link);
END;

CREATE TRIGGER "Order_link_search_delete" AFTER DELETE ON "Order" BEGIN
  DELETE FROM "OrderLinkSearch" WHERE rowid = old.id;
END;
