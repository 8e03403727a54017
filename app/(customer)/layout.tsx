import { getLocale } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { LiveBalance } from "@/components/shell/live-balance";
import { ViewingAsBanner } from "@/components/shell/viewing-as-banner";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { customerNav } from "@/lib/nav/menus";
import { getSettings } from "@/lib/settings/settings";

export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = await getSettings();
  const balance = <LiveBalance initial={formatCurrency(user.balance, settings, await getLocale())} />;
  const nav = user.role === "ADMIN" ? [...customerNav, { href: "/admin", labelKey: "admin" }] : customerNav;
  return (
    <>
      {user.viewedBy && <ViewingAsBanner customerEmail={user.email} adminEmail={user.viewedBy.email} />}
      <AppShell brand={settings.panelName} nav={nav} topRight={balance} userEmail={user.email}>
        {children}
      </AppShell>
    </>
  );
}
