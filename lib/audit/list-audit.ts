// The audit log, read-only: filter by actor, action, target and date, newest first. The app
// never edits or deletes entries; this module only reads them.
import { db, type Prisma } from "../db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditQuery = {
  /** A user id ("12", "#12") or part of an email. */
  actor?: string;
  /** An action ("user.suspend") or its prefix ("user."). */
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Inclusive day: entries before the end of this day. */
  to?: Date;
  page?: number;
  pageSize?: number;
};

async function actorIds(actor: string): Promise<number[]> {
  const text = actor.trim().toLowerCase().replace(/^#/, "");
  if (/^\d{1,10}$/.test(text)) return [Number(text)];
  const users = await db.user.findMany({
    where: { email: { contains: text } },
    select: { id: true },
    take: 100,
  });
  return users.map((u) => u.id);
}

export async function listAudit(query: AuditQuery) {
  const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE;
  const page = Math.max(1, query.page ?? 1);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (query.actor) and.push({ actorId: { in: await actorIds(query.actor) } });
  if (query.action)
    and.push(
      query.action.endsWith(".") ? { action: { startsWith: query.action } } : { action: query.action },
    );
  if (query.targetType) and.push({ targetType: query.targetType });
  if (query.targetId) and.push({ targetId: query.targetId });
  if (query.from) and.push({ createdAt: { gte: query.from } });
  if (query.to) and.push({ createdAt: { lt: new Date(query.to.getTime() + 86_400_000) } });
  const where: Prisma.AuditLogWhereInput = and.length ? { AND: and } : {};

  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * pageSize, take: pageSize }),
    db.auditLog.count({ where }),
  ]);
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is number => id !== null))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })).map((u) => [
      u.id,
      u.email,
    ]),
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      actorEmail: r.actorId === null ? null : (actors.get(r.actorId) ?? null),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** Distinct actions and target types, for the filter menus. */
export async function listAuditFacets() {
  const [actions, targets] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["targetType"], orderBy: { targetType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), targetTypes: targets.map((t) => t.targetType) };
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];
