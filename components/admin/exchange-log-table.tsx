// The provider exchange log (one row per API call), on the provider page and the order detail.
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";

const outcomeTone = { ok: "green", rejected: "red", temporary: "yellow", uncertain: "yellow" } as const;

type Exchange = { id: number; createdAt: Date; action: string; outcome: string; durationMs: number; reason: string | null; orderId: number | null };

export function ExchangeLogTable({ exchanges, showOrder = false, empty }: { exchanges: Exchange[]; showOrder?: boolean; empty: string }) {
  const columns = showOrder ? 6 : 5;
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>When</th>
          <th className={th}>Action</th>
          <th className={th}>Outcome</th>
          <th className={th}>Duration</th>
          {showOrder && <th className={th}>Order</th>}
          <th className={th}>Reason</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {exchanges.length === 0 && (
          <tr>
            <td className={td} colSpan={columns}>{empty}</td>
          </tr>
        )}
        {exchanges.map((e) => (
          <tr key={e.id} data-testid="exchange-row">
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.createdAt)}</td>
            <td className={td}>{e.action}</td>
            <td className={td}>
              <StatusBadge tone={outcomeTone[e.outcome as keyof typeof outcomeTone] ?? "gray"}>{e.outcome}</StatusBadge>
            </td>
            <td className={`${td} tabular-nums`}>{e.durationMs} ms</td>
            {showOrder && <td className={td}>{e.orderId ?? "—"}</td>}
            <td className={`${td} min-w-48`}>{e.reason ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
