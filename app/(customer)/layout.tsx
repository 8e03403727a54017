import { getLocale } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { LiveBalance } from "@/components/shell/live-balance";
import { ViewingAsBanner } from "@/components/shell/viewing-as-banner";
import { requireUser } from "@/lib/auth/session";
import { isAdminRole } from "@/lib/auth/roles";
import { formatCurrency } from "@/lib/format";
import { customerNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";
import { countUnreadForCustomer } from "@/lib/tickets/customer-tickets";

export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = await getSettings();
  const balance = <LiveBalance initial={formatCurrency(user.balance, settings, await getLocale())} />;
  const unread = await countUnreadForCustomer(user.id);
  const support = [
    { href: "/tickets", labelKey: "support", badge: unread, badgeLabel: "navUnread" as const },
    ...(settings.updatesPage ? [{ href: "/updates", labelKey: "updates" }] : []),
  ];
  const withSupport = [...customerNav.slice(0, -1), ...support, ...customerNav.slice(-1)];
  const nav = isAdminRole(user.role) ? [...withSupport, { href: "/admin", labelKey: "admin" }] : withSupport;
  return (
    <>
      {user.viewedBy && <ViewingAsBanner customerEmail={user.email} adminEmail={user.viewedBy.email} />}
      <AppShell brand={settings.panelName} nav={nav} topRight={balance} userEmail={user.email}>
        {children}
      </AppShell>
    </>
  );
}
