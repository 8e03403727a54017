import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireAdminPage } from "@/lib/auth/session";
import { adminNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";
import { countUnreadForStaff } from "@/lib/tickets/admin-tickets";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdminPage();
  const [{ panelName }, t, unread] = await Promise.all([getSettings(), getTranslations("common"), countUnreadForStaff()]);
  const nav = [...adminNav.slice(0, 2), { href: "/admin/tickets", labelKey: "tickets", badge: unread }, { href: "/admin/announcements", labelKey: "announcements" }, ...adminNav.slice(2)];
  return (
    <AppShell brand={t("adminBrand", { panelName })} nav={nav} userEmail={admin.email} topRight={<a href="/account" className="text-slate-600 hover:text-slate-900">{t("customerView")}</a>}>
      {children}
    </AppShell>
  );
}
