import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireAdminPage } from "@/lib/auth/session";
import { adminNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdminPage();
  const { panelName } = await getSettings();
  const t = await getTranslations("common");
  return (
    <AppShell brand={t("adminBrand", { panelName })} nav={adminNav} userEmail={admin.email} topRight={<a href="/account" className="text-slate-600 hover:text-slate-900">{t("customerView")}</a>}>
      {children}
    </AppShell>
  );
}
