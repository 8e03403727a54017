import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { settingFields } from "@/lib/settings/settings-fields";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminSettings"))("title") };
}

export default async function SettingsPage() {
  await requireAdminPage();
  const [settings, t] = await Promise.all([getSettings(), getTranslations("adminSettings")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsForm fields={settingFields()} values={settings} />
    </>
  );
}
