import { AppShell } from "@/components/shell/app-shell";
import { requireAdminPage } from "@/lib/auth/session";
import { adminNav } from "@/lib/nav/menus";
import { getTranslations } from "next-intl/server";
import { getSettings } from "@/lib/settings/settings";
import { countUnreadForStaff } from "@/lib/tickets/admin-tickets";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdminPage();
  const [{ panelName }, t, unread] = await Promise.all([getSettings(), getTranslations("support.nav"), countUnreadForStaff()]);
  const nav = [...adminNav.slice(0, 2), { href: "/admin/tickets", label: t("tickets"), badge: unread }, { href: "/admin/announcements", label: t("announcements") }, ...adminNav.slice(2)];
  return (
    <AppShell brand={`${panelName} admin`} nav={nav} userEmail={admin.email} topRight={<a href="/account" className="text-slate-600 hover:text-slate-900">Customer view</a>}>
      {children}
    </AppShell>
  );
}
