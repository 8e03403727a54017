// Database objects that schema.prisma cannot describe, created by raw SQL in the migrations
// (prisma/*/migrations/*_order_link_search). Named here, in one place, so that schema diffs
// (the drift check, `npm run db:migration`) leave them alone and the migrations test can check
// that they exist once every migration has run.
import type { Provider } from "./schema-engine";

/** SQLite: the FTS5 trigram index of Order.link, its shadow tables and the triggers that fill it. */
export const ORDER_LINK_SEARCH_TABLE = "OrderLinkSearch";

export const rawObjects = {
  sqlite: {
    tables: [
      ORDER_LINK_SEARCH_TABLE,
      ...["config", "data", "docsize", "idx"].map((s) => `${ORDER_LINK_SEARCH_TABLE}_${s}`),
    ],
    triggers: ["Order_link_search_insert", "Order_link_search_update", "Order_link_search_delete"],
    indexes: [] as string[],
  },
  /** PostgreSQL: pg_trgm's GIN index of Order.link (the extension itself Prisma does not diff). */
  postgresql: {
    tables: [] as string[],
    triggers: [] as string[],
    indexes: ["Order_link_trgm_idx"],
  },
} satisfies Record<Provider, { tables: string[]; triggers: string[]; indexes: string[] }>;
