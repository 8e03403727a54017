import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizeLedgerNote } from "@/i18n/ledger-note";
import { LedgerTypeBadge } from "@/components/ledger/ledger-type-badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { pageParam, type SearchParams } from "@/lib/http/url-filters";
import { listLedger } from "@/lib/ledger/list-ledger";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [history, settings, t, locale] = await Promise.all([
    listLedger({ userId: user.id, page: pageParam(params) }),
    getSettings(),
    getTranslations(),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const note = (text: string | null) => (text === null ? "" : localizeLedgerNote(t, text));
  return (
    <>
      <PageHeader title={t("transactions.title")} description={t("transactions.description")} />
      {history.total === 0 ? (
        <EmptyState title={t("transactions.empty")}>
          {t.rich("transactions.emptyHint", {
            link: (chunks) => (
              <Link href="/add-funds" className="text-brand-700 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <>
          {/* A card per row on phones, the table from the small breakpoint up. */}
          <ul className="space-y-2 sm:hidden" aria-label={t("transactions.title")}>
            {history.rows.map((row) => (
              <li
                key={row.id}
                className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
                data-testid="transaction-card"
              >
                <div className="flex items-start justify-between gap-3">
                  <LedgerTypeBadge type={row.type} />
                  <span
                    className={`font-medium tabular-nums ${row.amount < 0n ? "text-red-700" : "text-emerald-700"}`}
                  >
                    {row.amount > 0n ? "+" : ""}
                    {money(row.amount)}
                  </span>
                </div>
                <div className="mt-1 flex justify-between gap-3 text-xs text-slate-600">
                  <span>{formatDateTime(row.createdAt, locale)}</span>
                  <span className="tabular-nums">
                    {t("transactions.balance", { balance: money(row.balanceAfter) })}
                  </span>
                </div>
                {(row.orderId || row.note) && (
                  <p className="mt-1 break-words text-xs text-slate-600">
                    {row.orderId && (
                      <Link href={`/orders?q=${row.orderId}`} className="mr-1 text-brand-700 hover:underline">
                        {t("transactions.order", { id: row.orderId })}
                      </Link>
                    )}
                    {note(row.note)}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <Table className="hidden sm:block">
            <thead>
              <tr>
                <th className={th}>{t("transactions.date")}</th>
                <th className={th}>{t("transactions.type")}</th>
                <th className={`${th} text-right`}>{t("transactions.amount")}</th>
                <th className={`${th} text-right`}>{t("transactions.balanceAfter")}</th>
                <th className={th}>{t("transactions.orderColumn")}</th>
                <th className={th}>{t("transactions.note")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {history.rows.map((row) => (
                <tr key={row.id} data-testid="transaction-row">
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt, locale)}</td>
                  <td className={td}>
                    <LedgerTypeBadge type={row.type} />
                  </td>
                  <td
                    className={`${td} whitespace-nowrap text-right font-medium tabular-nums ${row.amount < 0n ? "text-red-700" : "text-emerald-700"}`}
                  >
                    {row.amount > 0n ? "+" : ""}
                    {money(row.amount)}
                  </td>
                  <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                    {money(row.balanceAfter)}
                  </td>
                  <td className={td}>
                    {row.orderId ? (
                      <Link href={`/orders?q=${row.orderId}`} className="text-brand-700 hover:underline">
                        #{row.orderId}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={`${td} min-w-40 text-slate-600`}>{note(row.note)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            path="/transactions"
            page={history.page}
            pageCount={history.pageCount}
            total={history.total}
          />
        </>
      )}
    </>
  );
}
