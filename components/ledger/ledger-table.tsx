// Ledger rows for the admin (a user's balance history, an order's charge and refund).
import { useLocale, useTranslations } from "next-intl";
import { localizeLedgerNote } from "@/i18n/ledger-note";
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
  const t = useTranslations();
  const locale = useLocale();
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{t("ledger.when")}</th>
          <th className={th}>{t("ledger.type")}</th>
          <th className={`${th} text-right`}>{t("ledger.amount")}</th>
          <th className={`${th} text-right`}>{t("ledger.balanceAfter")}</th>
          <th className={th}>{t("ledger.details")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={testId}>
        {entries.length === 0 && (
          <tr>
            <td className={td} colSpan={5}>
              {empty}
            </td>
          </tr>
        )}
        {entries.map((e) => (
          <tr key={e.id} data-testid="ledger-row">
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.createdAt, locale)}</td>
            <td className={td}>
              <LedgerTypeBadge type={e.type} />
            </td>
            <td
              className={`${td} text-right tabular-nums ${e.amount < 0n ? "text-red-700" : "text-emerald-700"}`}
            >
              {money(e.amount)}
            </td>
            <td className={`${td} text-right tabular-nums`}>{money(e.balanceAfter)}</td>
            <td className={td}>
              {e.orderId && <>{t("ledger.order", { id: e.orderId })} </>}
              {e.paymentId && <>{t("ledger.payment", { id: e.paymentId })} </>}
              {e.note && localizeLedgerNote(t, e.note)}
              {e.adminId && (
                <span className="ml-1 text-xs text-slate-500">{t("ledger.byAdmin", { id: e.adminId })}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
