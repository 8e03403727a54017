import { getTranslations } from "next-intl/server";
import { AnnouncementsEditor } from "@/components/support/announcements-editor";
import { PageHeader } from "@/components/ui/card";
import { listAnnouncements } from "@/lib/announcements/announcements";
import { requireAdminPage } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("announcements.title") };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function AnnouncementsPage() {
  await requireAdminPage();
  const t = await getTranslations("support.announcements");
  const items = await listAnnouncements();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AnnouncementsEditor
        items={items.map((a) => ({
          id: a.id,
          title: a.title,
          body: a.body,
          pinned: a.pinned,
          startsAt: day(a.startsAt),
          endsAt: day(a.endsAt),
          dismissals: a._count.dismissals,
        }))}
      />
    </>
  );
}
