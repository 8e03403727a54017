// Announcements from the owner to customers: a title and a body in the panel's light Markdown
// (lib/payments/instructions.ts: paragraphs, "- " bullets, **bold**, http(s) links, rendered
// as React elements), optionally pinned first, shown between optional start and end dates on
// the new-order page until the customer dismisses them. Admin changes are audited.
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/record-audit";
import { db, isUniqueViolation } from "../db";
import { AppError, NotFoundError } from "../errors";
import { cleanText } from "../tickets/ticket-input";
import { idSchema } from "../validations/id";

const optionalDate = z
  .union([z.string().max(40), z.date(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === "") return null;
    const date = v instanceof Date ? v : new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a date like 2026-12-31" });
      return z.NEVER;
    }
    return date;
  });

export const announcementSchema = z
  .object({
    title: z
      .string()
      .max(240)
      .transform(cleanText)
      .pipe(z.string().min(1, "Enter a title").max(120, "The title is too long (at most 120 characters)")),
    body: z
      .string()
      .max(10_000)
      .transform(cleanText)
      .pipe(z.string().min(1, "Enter the text").max(5_000, "The text is too long (at most 5000 characters)")),
    pinned: z.boolean().default(false),
    startsAt: optionalDate,
    endsAt: optionalDate,
  })
  .refine((a) => !a.startsAt || !a.endsAt || a.endsAt > a.startsAt, {
    message: "The end must come after the start",
    path: ["endsAt"],
  });
export type AnnouncementInput = z.input<typeof announcementSchema>;

export async function saveAnnouncement(
  actor: Actor,
  id: number | null,
  input: AnnouncementInput,
): Promise<{ id: number }> {
  const data = announcementSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before =
      id === null ? null : await tx.announcement.findUnique({ where: { id: idSchema.parse(id) } });
    if (id !== null && !before) throw new NotFoundError("Announcement not found");
    const row = before
      ? await tx.announcement.update({ where: { id: before.id }, data })
      : await tx.announcement.create({ data: { ...data, createdById: actor.id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: before ? "announcement.update" : "announcement.create",
        targetType: "announcement",
        targetId: row.id,
        before: before ?? undefined,
        after: data,
      },
      tx,
    );
    return { id: row.id };
  });
}

export async function deleteAnnouncement(actor: Actor, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id: idSchema.parse(id) } });
    if (!before) throw new NotFoundError("Announcement not found");
    await tx.announcement.delete({ where: { id: before.id } });
    await recordAudit(
      {
        actorId: actor.id,
        ip: actor.ip,
        action: "announcement.delete",
        targetType: "announcement",
        targetId: before.id,
        before,
      },
      tx,
    );
  });
}

export async function listAnnouncements() {
  return db.announcement.findMany({
    orderBy: [{ pinned: "desc" }, { id: "desc" }],
    include: { _count: { select: { dismissals: true } } },
  });
}

export async function getAnnouncement(id: number) {
  const parsed = idSchema.safeParse(id);
  return parsed.success ? db.announcement.findUnique({ where: { id: parsed.data } }) : null;
}

/** What this customer sees now: running announcements they have not dismissed, pinned first. */
export async function activeAnnouncementsFor(userId: number, now = new Date()) {
  return db.announcement.findMany({
    where: {
      AND: [
        { OR: [{ startsAt: null }, { startsAt: { lte: now } }] },
        { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      ],
      dismissals: { none: { userId } },
    },
    orderBy: [{ pinned: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, title: true, body: true, pinned: true, createdAt: true },
  });
}

export async function dismissAnnouncement(userId: number, id: number): Promise<void> {
  const announcement = await getAnnouncement(id);
  if (!announcement) throw new AppError("Announcement not found", "not_found");
  try {
    await db.announcementDismissal.create({ data: { announcementId: announcement.id, userId } });
  } catch (error) {
    if (isUniqueViolation(error)) return; // dismissed already
    throw error;
  }
}
