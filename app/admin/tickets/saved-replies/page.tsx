import { getTranslations } from "next-intl/server";
import { SavedRepliesEditor } from "@/components/support/saved-replies-editor";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { listSavedReplies } from "@/lib/tickets/admin-tickets";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("saved.title") };
}

export default async function SavedRepliesPage() {
  await requireAdminPage();
  const t = await getTranslations("support.saved");
  const replies = await listSavedReplies();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SavedRepliesEditor replies={replies.map(({ id, title, body }) => ({ id, title, body }))} />
    </>
  );
}
