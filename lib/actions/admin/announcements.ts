"use server";
import { revalidatePath } from "next/cache";
import { announcementSchema, deleteAnnouncement, saveAnnouncement } from "@/lib/announcements/announcements";
import { idSchema } from "@/lib/validations/id";
import { adminAction } from "../safe-action";

export const saveAnnouncementAction = adminAction(
  "admin.saveAnnouncement",
  [idSchema.nullable(), announcementSchema],
  async (who, id, input) => {
    const saved = await saveAnnouncement(who, id, input);
    revalidatePath("/admin/announcements");
    return saved;
  },
);

export const deleteAnnouncementAction = adminAction(
  "admin.deleteAnnouncement",
  [idSchema],
  async (who, id) => {
    await deleteAnnouncement(who, id);
    revalidatePath("/admin/announcements");
  },
);
