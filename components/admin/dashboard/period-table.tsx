// The three windows side by side: one row per figure, one column per window.
import { Table, td, th } from "@/components/ui/table";
import type { PeriodStats } from "@/lib/dashboard/get-dashboard";
import { formatCurrency } from "@/lib/format";
import type { Settings } from "@/lib/settings/schema";

const STATUS_LABELS = {
  PENDING: "Pending",
  IN_PROGRESS: "In progress",
  PROCESSING: "Processing",
  COMPLETED: "Completed",
  PARTIAL: "Partial",
  CANCELED: "Canceled",
} as const;

export function PeriodTable({ periods, settings }: { periods: PeriodStats[]; settings: Settings }) {
  const money = (units: bigint) => formatCurrency(units, settings);
  const rows: { label: string; key: string; cell: (p: PeriodStats) => React.ReactNode; strong?: boolean }[] = [
    { label: "Revenue", key: "revenue", cell: (p) => money(p.revenue), strong: true },
    { label: "Provider cost", key: "cost", cell: (p) => money(p.cost) },
    { label: "Profit", key: "profit", cell: (p) => <span className={p.profit < 0n ? "text-red-600" : "text-emerald-700"}>{money(p.profit)}</span>, strong: true },
    { label: "Refunds", key: "refunds", cell: (p) => money(p.refunds) },
    { label: "Orders", key: "orders", cell: (p) => p.orders.toLocaleString("en-US"), strong: true },
    ...Object.entries(STATUS_LABELS).map(([status, label]) => ({
      label: `· ${label}`,
      key: `status-${status.toLowerCase()}`,
      cell: (p: PeriodStats) => p.ordersByStatus[status as keyof typeof STATUS_LABELS].toLocaleString("en-US"),
    })),
    { label: "New customers", key: "new-users", cell: (p) => p.newUsers.toLocaleString("en-US") },
    { label: "Deposits", key: "deposits", cell: (p) => money(p.deposits) },
  ];
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>Figure</th>
          {periods.map((p) => (
            <th key={p.key} className={`${th} text-right`}>{p.label}</th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <td className={`${td} ${row.strong ? "font-medium text-slate-900" : "text-slate-500"}`}>{row.label}</td>
            {periods.map((p) => (
              <td key={p.key} className={`${td} text-right tabular-nums ${row.strong ? "font-medium" : ""}`} data-testid={`stat-${row.key}-${p.key}`}>
                {row.cell(p)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
