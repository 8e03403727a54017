// The "Needs attention" card: each item links to the list that shows it; below, when the
// balances were last checked against the ledger (the count is that check's).
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { NeedsAttention, ProviderAlert } from "@/lib/dashboard/needs-attention";

type Item = { key: string; href: string; text: React.ReactNode; count: number };

/** Queues with their own wording, by key in lib/dashboard/admin-queues.ts; a new one reads "{count} {key} waiting" until it gets one. */
const QUEUE_TEXTS = ["payments", "transfers", "review", "stuck", "tickets"] as const;
const hasText = (key: string): key is (typeof QUEUE_TEXTS)[number] =>
  (QUEUE_TEXTS as readonly string[]).includes(key);

const num = (chunks: React.ReactNode) => <span className="mr-1 font-semibold text-amber-700">{chunks}</span>;

export function NeedsAttentionList({ data, now }: { data: NeedsAttention; now: Date }) {
  const t = useTranslations("adminDashboard.attention");
  const format = useFormatter();
  const checked = (
    <p className="mt-3 border-t border-slate-100 pt-2 text-xs text-slate-500" data-testid="ledger-checked">
      {t("ledgerChecked", {
        ago: format.relativeTime(data.ledgerCheckedAt < now ? data.ledgerCheckedAt : now, now),
      })}
    </p>
  );
  const queueText = (key: string, count: number) =>
    hasText(key)
      ? t.rich(`queue.${key}`, { count, minutes: data.stuckMinutes, num })
      : t.rich("queue.other", { count, queue: key, num });
  const reason = (p: ProviderAlert) =>
    p.reason === "checkFailing" ? t("checkFailing", { error: p.error }) : t("lowBalance");
  const items: Item[] = [
    ...data.queues.map((q) => ({
      key: q.key,
      href: q.href,
      text: queueText(q.key, q.count),
      count: q.count,
    })),
    {
      key: "below-cost",
      href: "/admin/services?belowCost=1",
      text: t.rich("belowCost", { count: data.servicesBelowCost, num }),
      count: data.servicesBelowCost,
    },
    {
      key: "ledger",
      href: "/admin/users/ledger-differences",
      text: t.rich("ledger", { count: data.ledgerDifferences, num }),
      count: data.ledgerDifferences,
    },
  ];
  const open = items.filter((i) => i.count > 0);
  if (open.length === 0 && data.providers.length === 0) {
    return (
      <>
        <p className="text-sm text-slate-500" data-testid="attention-none">
          {t("none")}
        </p>
        {checked}
      </>
    );
  }
  return (
    <>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="needs-attention">
        {open.map((item) => (
          <li key={item.key} className="py-2" data-testid={`attention-${item.key}`}>
            <Link
              href={item.href}
              className="flex items-center justify-between gap-3 text-slate-700 hover:text-brand-700"
            >
              <span>{item.text}</span>
              <span aria-hidden>→</span>
            </Link>
          </li>
        ))}
        {data.providers.map((p) => (
          <li key={`provider-${p.id}`} className="py-2" data-testid="attention-provider">
            <Link
              href={`/admin/providers/${p.id}`}
              className="flex items-center justify-between gap-3 text-slate-700 hover:text-brand-700"
            >
              <span className="min-w-0">
                <span className="font-medium">{p.name}</span>:{" "}
                <span className="break-words text-amber-700">{reason(p)}</span>
              </span>
              <span aria-hidden>→</span>
            </Link>
          </li>
        ))}
      </ul>
      {checked}
    </>
  );
}
