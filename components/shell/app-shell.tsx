"use client";
// The sidebar layout shared by the customer area and the admin: a fixed sidebar on wide
// screens, a top bar with a menu button on phones.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import type { NavItem } from "@/lib/nav/menus";
import { SignOutButton } from "./sign-out-button";

/**
 * `labelKey` names the entry in messages/<locale>/nav.json; `badge`: items behind it, shown above
 * zero; `badgeLabel`: what they are to a screen reader (admin queues wait, support replies are unread).
 */

export function AppShell({
  brand,
  nav,
  topRight,
  userEmail,
  children,
}: {
  brand: string;
  nav: NavItem[];
  topRight?: React.ReactNode;
  userEmail: string;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isActive = (href: string) =>
    pathname === href || (href !== "/admin" && pathname.startsWith(href + "/"));

  const links = (
    <nav className="flex flex-col gap-1 p-3" aria-label={t("common.mainMenu")}>
      {nav.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          onClick={() => setOpen(false)}
          aria-current={isActive(item.href) ? "page" : undefined}
          className="flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
        >
          {t(`nav.${item.labelKey}`)}
          {item.badge ? (
            <span
              className="rounded-full bg-amber-400 px-2 text-xs font-semibold tabular-nums text-slate-900"
              data-testid={`nav-badge-${item.href}`}
            >
              {item.badge}
              <span className="sr-only"> {t(`adminTools.${item.badgeLabel ?? "navWaiting"}`)}</span>
            </span>
          ) : null}
        </Link>
      ))}
    </nav>
  );

  return (
    <div className="min-h-screen lg:pl-60">
      <aside className="fixed inset-y-0 left-0 z-30 hidden w-60 flex-col bg-slate-900 lg:flex">
        <div className="px-6 py-5 text-lg font-semibold text-white">{brand}</div>
        {links}
        <div className="mt-auto border-t border-slate-800 p-4 text-xs text-slate-400">
          <div className="truncate" title={userEmail}>
            {userEmail}
          </div>
          <SignOutButton className="mt-2 text-slate-300 hover:text-white" />
        </div>
      </aside>

      {open && (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-modal="true">
          <div className="absolute inset-0 bg-slate-900/50" onClick={() => setOpen(false)} />
          <aside className="absolute inset-y-0 left-0 flex w-64 flex-col bg-slate-900">
            <div className="px-6 py-5 text-lg font-semibold text-white">{brand}</div>
            {links}
            <div className="mt-auto border-t border-slate-800 p-4 text-xs text-slate-400">
              <div className="truncate">{userEmail}</div>
              <SignOutButton className="mt-2 text-slate-300 hover:text-white" />
            </div>
          </aside>
        </div>
      )}

      <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur">
        <button
          type="button"
          className="rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden"
          onClick={() => setOpen(true)}
          aria-label={t("common.openMenu")}
        >
          <svg
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            aria-hidden
          >
            <path d="M4 6h16M4 12h16M4 18h16" />
          </svg>
        </button>
        <span className="font-semibold lg:hidden">{brand}</span>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {topRight}
          <LocaleSwitcher />
        </div>
      </header>

      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">{children}</main>
    </div>
  );
}
