// The "Needs attention" card: each item links to the list that shows it.
import Link from "next/link";
import type { NeedsAttention } from "@/lib/dashboard/needs-attention";

type Item = { key: string; href: string; text: string; count: number };

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What each admin queue is called, by its key in lib/dashboard/admin-queues.ts. */
function queueText(key: string, n: number, data: NeedsAttention): string {
  switch (key) {
    case "payments":
      return `${s(n, "payment request", "payment requests")} waiting for approval`;
    case "transfers":
      return `${s(n, "gateway transfer", "gateway transfers")} waiting in the payments queue`;
    case "review":
      return `${s(n, "order", "orders")} waiting for review`;
    case "stuck":
      return `${s(n, "order", "orders")} queued for more than ${data.stuckMinutes} min`;
    case "tickets":
      return `${s(n, "ticket", "tickets")} with an unread customer message`;
    default:
      return `${key} waiting`;
  }
}

export function NeedsAttentionList({ data }: { data: NeedsAttention }) {
  const items: Item[] = [
    ...data.queues.map((q) => ({ key: q.key, href: q.href, text: queueText(q.key, q.count, data), count: q.count })),
    { key: "below-cost", href: "/admin/services?belowCost=1", text: `${s(data.servicesBelowCost, "service", "services")} priced below provider cost`, count: data.servicesBelowCost },
    { key: "ledger", href: "/admin/users/ledger-differences", text: `${s(data.ledgerDifferences, "balance differs", "balances differ")} from the ledger`, count: data.ledgerDifferences },
  ];
  const open = items.filter((i) => i.count > 0);
  if (open.length === 0 && data.providers.length === 0) {
    return <p className="text-sm text-slate-500" data-testid="attention-none">Nothing needs attention. All clear.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="needs-attention">
      {open.map((item) => (
        <li key={item.key} className="py-2" data-testid={`attention-${item.key}`}>
          <Link href={item.href} className="flex items-center justify-between gap-3 text-slate-700 hover:text-brand-700">
            <span>
              <span className="mr-1 font-semibold text-amber-700">{item.count}</span> {item.text}
            </span>
            <span aria-hidden>→</span>
          </Link>
        </li>
      ))}
      {data.providers.map((p) => (
        <li key={`provider-${p.id}`} className="py-2" data-testid="attention-provider">
          <Link href={`/admin/providers/${p.id}`} className="flex items-center justify-between gap-3 text-slate-700 hover:text-brand-700">
            <span className="min-w-0">
              <span className="font-medium">{p.name}</span>: <span className="break-words text-amber-700">{p.reason}</span>
            </span>
            <span aria-hidden>→</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
