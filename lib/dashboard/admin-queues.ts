// Every queue that waits for an admin, defined once: the dashboard's "Needs attention" lists
// them and the admin menu shows their counts as badges. A new queue is one more entry in
// ADMIN_QUEUES; nothing else needs to change.
import { db, DispatchState, PaymentStatus, TransferStatus, type Tx } from "../db";
import { stuckOrderWhere } from "../orders/stuck-orders";
import { getSettings } from "../settings/settings";
import { countUnreadForStaff } from "../tickets/admin-tickets";
import type { Settings } from "../settings/schema";

type QueueContext = { tx: Tx; settings: Settings; now: Date };

export type AdminQueue = {
  key: string;
  /** The admin menu item that shows this queue's badge. */
  nav: string;
  /** The list that shows the waiting items. */
  href: string;
  count: (ctx: QueueContext) => Promise<number>;
};

export const ADMIN_QUEUES: AdminQueue[] = [
  {
    key: "payments",
    nav: "/admin/payments",
    href: "/admin/payments",
    count: ({ tx }) => tx.paymentRequest.count({ where: { status: PaymentStatus.PENDING } }),
  },
  {
    // Gateway transfers that did not credit on their own (lib/payments/transfer-queue.ts).
    key: "transfers",
    nav: "/admin/payments",
    href: "/admin/payments",
    count: ({ tx }) => tx.gatewayTransfer.count({ where: { status: TransferStatus.QUEUED } }),
  },
  {
    key: "review",
    nav: "/admin/orders",
    href: "/admin/orders?state=review",
    count: ({ tx }) => tx.order.count({ where: { dispatchState: DispatchState.REVIEW } }),
  },
  {
    key: "stuck",
    nav: "/admin/orders",
    href: "/admin/orders?state=stuck",
    count: ({ tx, settings, now }) => tx.order.count({ where: stuckOrderWhere(settings, now) }),
  },
  {
    // Tickets with a customer message no staff member has read yet.
    key: "tickets",
    nav: "/admin/tickets",
    href: "/admin/tickets",
    count: ({ tx }) => countUnreadForStaff(tx),
  },
];

export type QueueCount = { key: string; nav: string; href: string; count: number };

export async function countAdminQueues(
  now = new Date(),
  tx: Tx = db,
  settings?: Settings,
): Promise<QueueCount[]> {
  const ctx = { tx, settings: settings ?? (await getSettings(tx)), now };
  const counts = await Promise.all(ADMIN_QUEUES.map((q) => q.count(ctx)));
  return ADMIN_QUEUES.map((q, i) => ({ key: q.key, nav: q.nav, href: q.href, count: counts[i] }));
}

/** Menu badges: the waiting items per menu item (queues sharing an item add up). */
export function navBadges(queues: QueueCount[]): Record<string, number> {
  const badges: Record<string, number> = {};
  for (const q of queues) if (q.count > 0) badges[q.nav] = (badges[q.nav] ?? 0) + q.count;
  return badges;
}
