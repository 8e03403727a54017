import { AppShell } from "@/components/shell/app-shell";
import { requireAdminPage } from "@/lib/auth/session";
import { adminNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdminPage();
  const { panelName } = await getSettings();
  return (
    <AppShell brand={`${panelName} admin`} nav={adminNav} userEmail={admin.email} topRight={<a href="/account" className="text-slate-600 hover:text-slate-900">Customer view</a>}>
      {children}
    </AppShell>
  );
}
