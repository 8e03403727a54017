"use server";
import { dismissAnnouncement } from "@/lib/announcements/announcements";
import { idSchema } from "@/lib/validations/id";
import { customerAction } from "../safe-action";

export const dismissAnnouncementAction = customerAction(
  "dismissAnnouncement",
  [idSchema],
  async (user, announcementId) => {
    await dismissAnnouncement(user.id, announcementId);
  },
);
