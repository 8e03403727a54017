// Sidebar entries of the two areas. Labels are keys of messages/<locale>/nav.json.

export type NavItem = {
  href: string;
  labelKey: string;
  badge?: number;
  badgeLabel?: "navWaiting" | "navUnread";
};

export const customerNav: NavItem[] = [
  { href: "/new-order", labelKey: "newOrder" },
  { href: "/orders", labelKey: "orders" },
  { href: "/mass-order", labelKey: "massOrder" },
  { href: "/services", labelKey: "services" },
  { href: "/refills", labelKey: "refills" },
  { href: "/add-funds", labelKey: "addFunds" },
  { href: "/transactions", labelKey: "transactions" },
  { href: "/affiliates", labelKey: "affiliates" },
  { href: "/api-access", labelKey: "api" },
  { href: "/account", labelKey: "account" },
];

export const adminNav: NavItem[] = [
  { href: "/admin", labelKey: "dashboard" },
  { href: "/admin/orders", labelKey: "orders" },
  { href: "/admin/tickets", labelKey: "tickets" },
  { href: "/admin/announcements", labelKey: "announcements" },
  { href: "/admin/services", labelKey: "services" },
  { href: "/admin/providers", labelKey: "providers" },
  { href: "/admin/currencies", labelKey: "currencies" },
  { href: "/admin/users", labelKey: "users" },
  { href: "/admin/deposits", labelKey: "deposits" },
  { href: "/admin/payments", labelKey: "payments" },
  { href: "/admin/affiliates", labelKey: "affiliates" },
  { href: "/admin/tiers", labelKey: "tiers" },
  { href: "/admin/settings", labelKey: "settings" },
  { href: "/admin/audit", labelKey: "audit" },
];
