// The provider exchange log (one row per API call), on the provider page and the order detail.
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";

const outcomeTone = { ok: "green", rejected: "red", temporary: "yellow", uncertain: "yellow" } as const;

type Exchange = {
  id: number;
  createdAt: Date;
  action: string;
  outcome: string;
  durationMs: number;
  reason: string | null;
  orderId: number | null;
};

export function ExchangeLogTable({
  exchanges,
  showOrder = false,
  empty,
}: {
  exchanges: Exchange[];
  showOrder?: boolean;
  empty: string;
}) {
  const t = useTranslations("adminProviders.exchangeLog");
  const locale = useLocale();
  const columns = showOrder ? 6 : 5;
  // The action is the API v2 command itself ("add", "status"), shown as sent.
  const outcome = (value: string) =>
    Object.hasOwn(outcomeTone, value) ? t(`outcomes.${value as keyof typeof outcomeTone}`) : value;
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{t("when")}</th>
          <th className={th}>{t("action")}</th>
          <th className={th}>{t("outcome")}</th>
          <th className={th}>{t("duration")}</th>
          {showOrder && <th className={th}>{t("order")}</th>}
          <th className={th}>{t("reason")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {exchanges.length === 0 && (
          <tr>
            <td className={td} colSpan={columns}>
              {empty}
            </td>
          </tr>
        )}
        {exchanges.map((e) => (
          <tr key={e.id} data-testid="exchange-row">
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.createdAt, locale)}</td>
            <td className={td}>{e.action}</td>
            <td className={td}>
              <StatusBadge tone={outcomeTone[e.outcome as keyof typeof outcomeTone] ?? "gray"}>
                {outcome(e.outcome)}
              </StatusBadge>
            </td>
            <td className={`${td} tabular-nums`}>{t("ms", { ms: e.durationMs })}</td>
            {showOrder && <td className={td}>{e.orderId ?? "—"}</td>}
            <td className={`${td} min-w-48`}>{e.reason ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
