// The price sync log for the admin: newest first, with the service and its provider.
import { db } from "../db";

export const SYNC_LOG_PAGE_SIZE = 50;

export async function listPriceSyncLog(options: { page?: number; serviceId?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const where = options.serviceId ? { serviceId: options.serviceId } : {};
  const [total, rows] = await Promise.all([
    db.priceSyncLog.count({ where }),
    db.priceSyncLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * SYNC_LOG_PAGE_SIZE,
      take: SYNC_LOG_PAGE_SIZE,
      include: {
        service: {
          select: {
            id: true,
            name: true,
            providerService: { select: { provider: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  return {
    page,
    pages: Math.max(1, Math.ceil(total / SYNC_LOG_PAGE_SIZE)),
    total,
    rows: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      note: row.note,
      service: row.service
        ? {
            id: row.service.id,
            name: row.service.name,
            providerName: row.service.providerService.provider.name,
          }
        : null,
    })),
  };
}
