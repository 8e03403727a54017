// Ledger rows for the admin (a user's balance history, an order's charge and refund).
import { Table, td, th } from "@/components/ui/table";
import type { LedgerType } from "@/lib/db";
import { formatCurrency, formatDateTime } from "@/lib/format";
import type { Settings } from "@/lib/settings/schema";
import { LedgerTypeBadge } from "./ledger-type-badge";

type Entry = {
  id: number;
  createdAt: Date;
  type: LedgerType;
  amount: bigint;
  balanceAfter: bigint;
  orderId: number | null;
  paymentId: number | null;
  adminId: number | null;
  note: string | null;
};

export function LedgerTable({
  entries,
  settings,
  empty,
  testId,
}: {
  entries: Entry[];
  settings: Pick<Settings, "currencySymbol" | "displayDecimals">;
  empty: string;
  testId?: string;
}) {
  const money = (units: bigint) => formatCurrency(units, settings);
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>When</th>
          <th className={th}>Type</th>
          <th className={`${th} text-right`}>Amount</th>
          <th className={`${th} text-right`}>Balance after</th>
          <th className={th}>Details</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={testId}>
        {entries.length === 0 && (
          <tr>
            <td className={td} colSpan={5}>{empty}</td>
          </tr>
        )}
        {entries.map((e) => (
          <tr key={e.id} data-testid="ledger-row">
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.createdAt)}</td>
            <td className={td}>
              <LedgerTypeBadge type={e.type} />
            </td>
            <td className={`${td} text-right tabular-nums ${e.amount < 0n ? "text-red-700" : "text-emerald-700"}`}>{money(e.amount)}</td>
            <td className={`${td} text-right tabular-nums`}>{money(e.balanceAfter)}</td>
            <td className={td}>
              {e.orderId && <>Order #{e.orderId} </>}
              {e.paymentId && <>Payment #{e.paymentId} </>}
              {e.note}
              {e.adminId && <span className="ml-1 text-xs text-slate-500">(by admin #{e.adminId})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
