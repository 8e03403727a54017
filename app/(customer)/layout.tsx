import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { customerNav } from "@/lib/nav/menus";
import { getTranslations } from "next-intl/server";
import { getSettings } from "@/lib/settings/settings";
import { countUnreadForCustomer } from "@/lib/tickets/customer-tickets";

export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = await getSettings();
  const balance = (
    <span className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-700" data-testid="balance">
      {formatCurrency(user.balance, settings)}
    </span>
  );
  const [t, unread] = await Promise.all([getTranslations("support.nav"), countUnreadForCustomer(user.id)]);
  const support = [{ href: "/tickets", label: t("support"), badge: unread }, ...(settings.updatesPage ? [{ href: "/updates", label: t("updates") }] : [])];
  const withSupport = [...customerNav.slice(0, -1), ...support, ...customerNav.slice(-1)];
  const nav = user.role === "ADMIN" ? [...withSupport, { href: "/admin", label: "Admin" }] : withSupport;
  return (
    <AppShell brand={settings.panelName} nav={nav} topRight={balance} userEmail={user.email}>
      {children}
    </AppShell>
  );
}
