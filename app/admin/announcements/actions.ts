"use server";
import { adminActor } from "@/lib/auth/admin-actor";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { announcementSchema, deleteAnnouncement, saveAnnouncement, type AnnouncementInput } from "@/lib/announcements/announcements";
import { runAction } from "@/lib/http/action-result";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export async function saveAnnouncementAction(announcementId: number | null, input: AnnouncementInput) {
  return runAction("admin.saveAnnouncement", async () => {
    const who = await adminActor();
    const saved = await saveAnnouncement(who, announcementId === null ? null : id.parse(announcementId), announcementSchema.parse(input));
    revalidatePath("/admin/announcements");
    return saved;
  });
}

export async function deleteAnnouncementAction(announcementId: number) {
  return runAction("admin.deleteAnnouncement", async () => {
    const who = await adminActor();
    await deleteAnnouncement(who, id.parse(announcementId));
    revalidatePath("/admin/announcements");
  });
}
