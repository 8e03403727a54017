// Sidebar entries of the two areas. Pages are added here as they are built.
import type { NavItem } from "@/components/shell/app-shell";

export const customerNav: NavItem[] = [{ href: "/account", label: "Account" }];

export const adminNav: NavItem[] = [
  { href: "/admin", label: "Dashboard" },
];
