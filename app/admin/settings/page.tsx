import { SettingsForm } from "@/components/admin/settings/settings-form";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { settingFields } from "@/lib/settings/settings-fields";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireAdminPage();
  const settings = await getSettings();
  return (
    <>
      <PageHeader title="Settings" description="Stored in the database and effective at once, on every instance. Every change is in the audit log." />
      <SettingsForm fields={settingFields()} values={settings} />
    </>
  );
}
