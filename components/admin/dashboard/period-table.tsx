// The three windows side by side: one row per figure, one column per window.
import { useLocale, useTranslations } from "next-intl";
import { Table, td, th } from "@/components/ui/table";
import type { PeriodStats } from "@/lib/dashboard/get-dashboard";
import { OrderStatus } from "@/lib/db/generated/sqlite/enums";
import { formatCurrency, formatNumber } from "@/lib/format";
import type { Settings } from "@/lib/settings/schema";

export function PeriodTable({ periods, settings }: { periods: PeriodStats[]; settings: Settings }) {
  const t = useTranslations("adminDashboard");
  const status = useTranslations("status.order");
  const locale = useLocale();
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const count = (n: number) => formatNumber(n, locale);
  const rows: { label: string; key: string; cell: (p: PeriodStats) => React.ReactNode; strong?: boolean }[] =
    [
      { label: t("row.revenue"), key: "revenue", cell: (p) => money(p.revenue), strong: true },
      { label: t("row.cost"), key: "cost", cell: (p) => money(p.cost) },
      {
        label: t("row.profit"),
        key: "profit",
        cell: (p) => (
          <span className={p.profit < 0n ? "text-red-600" : "text-emerald-700"}>{money(p.profit)}</span>
        ),
        strong: true,
      },
      { label: t("row.refunds"), key: "refunds", cell: (p) => money(p.refunds) },
      { label: t("row.orders"), key: "orders", cell: (p) => count(p.orders), strong: true },
      ...Object.values(OrderStatus).map((s) => ({
        label: `· ${status(s)}`,
        key: `status-${s.toLowerCase()}`,
        cell: (p: PeriodStats) => count(p.ordersByStatus[s]),
      })),
      { label: t("row.newUsers"), key: "new-users", cell: (p) => count(p.newUsers) },
      { label: t("row.deposits"), key: "deposits", cell: (p) => money(p.deposits) },
    ];
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{t("figure")}</th>
          {periods.map((p) => (
            <th key={p.key} className={`${th} text-right`}>
              {t(`period.${p.key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <td className={`${td} ${row.strong ? "font-medium text-slate-900" : "text-slate-500"}`}>
              {row.label}
            </td>
            {periods.map((p) => (
              <td
                key={p.key}
                className={`${td} text-right tabular-nums ${row.strong ? "font-medium" : ""}`}
                data-testid={`stat-${row.key}-${p.key}`}
              >
                {row.cell(p)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
