// Sidebar entries of the two areas.
import type { NavItem } from "@/components/shell/app-shell";

export const customerNav: NavItem[] = [
  { href: "/new-order", label: "New order" },
  { href: "/orders", label: "Orders" },
  { href: "/mass-order", label: "Mass order" },
  { href: "/services", label: "Services" },
  { href: "/refills", label: "Refills" },
  { href: "/add-funds", label: "Add funds" },
  { href: "/transactions", label: "Transactions" },
  { href: "/api-access", label: "API" },
  { href: "/account", label: "Account" },
];

export const adminNav: NavItem[] = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/services", label: "Services" },
  { href: "/admin/providers", label: "Providers" },
  { href: "/admin/currencies", label: "Currencies" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/payments", label: "Payments" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
];
