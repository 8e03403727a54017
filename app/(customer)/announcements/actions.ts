"use server";
import { z } from "zod";
import { dismissAnnouncement } from "@/lib/announcements/announcements";
import { assertUser } from "@/lib/auth/session";
import { runAction } from "@/lib/http/action-result";

export async function dismissAnnouncementAction(announcementId: number) {
  return runAction("dismissAnnouncement", async () => {
    const user = await assertUser();
    await dismissAnnouncement(user.id, z.coerce.number().int().positive().max(2_147_483_647).parse(announcementId));
  });
}
