import { getLocale } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { customerNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";

export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = await getSettings();
  const balance = (
    <span className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-700" data-testid="balance">
      {formatCurrency(user.balance, settings, await getLocale())}
    </span>
  );
  const nav = user.role === "ADMIN" ? [...customerNav, { href: "/admin", labelKey: "admin" }] : customerNav;
  return (
    <AppShell brand={settings.panelName} nav={nav} topRight={balance} userEmail={user.email}>
      {children}
    </AppShell>
  );
}
