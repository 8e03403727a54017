import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireAdminPage } from "@/lib/auth/session";
import { countAdminQueues, navBadges } from "@/lib/dashboard/admin-queues";
import { adminNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdminPage();
  const settings = await getSettings();
  const t = await getTranslations("common");
  const badges = navBadges(await countAdminQueues(new Date(), undefined, settings));
  const nav = adminNav.map((item) => ({ ...item, badge: badges[item.href] }));
  return (
    <AppShell
      brand={t("adminBrand", { panelName: settings.panelName })}
      nav={nav}
      userEmail={admin.email}
      topRight={
        <a href="/account" className="text-slate-600 hover:text-slate-900">
          {t("customerView")}
        </a>
      }
    >
      {children}
    </AppShell>
  );
}
