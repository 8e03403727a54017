import { getTranslations } from "next-intl/server";
import { PaymentStatusBadge } from "@/components/admin/payments/payment-status";
import { formatDateTime } from "@/lib/format";
import type { AffiliateOverview } from "@/lib/affiliates/affiliate-overview";

/** The affiliate's recent payouts and balance history, as lists that read on a phone too. */
export async function AffiliateActivity({
  overview,
  money,
}: {
  overview: AffiliateOverview;
  money: (units: bigint) => string;
}) {
  const t = await getTranslations("affiliates");
  const empty = (text: string) => (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
      {text}
    </p>
  );
  const list = "divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm";
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <section>
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("payouts")}</h2>
        {overview.payouts.length === 0 ? (
          empty(t("noPayouts"))
        ) : (
          <ul className={list} data-testid="affiliate-payouts">
            {overview.payouts.map((p) => (
              <li key={p.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <div className="font-medium text-slate-900">
                    {money(p.amount)}{" "}
                    <span className="font-normal text-slate-600">
                      · {t(p.method === "balance" ? "methodBalance" : "methodWithdrawal")}
                    </span>
                  </div>
                  <div className="break-words text-xs text-slate-600">
                    #{p.id} · {formatDateTime(p.createdAt)}
                    {p.details && ` · ${p.details}`}
                  </div>
                  {p.status === "REJECTED" && p.reason && (
                    <div className="mt-1 text-xs text-red-700">{t("reason", { reason: p.reason })}</div>
                  )}
                </div>
                <PaymentStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("history")}</h2>
        {overview.entries.length === 0 ? (
          empty(t("noHistory"))
        ) : (
          <ul className={list} data-testid="affiliate-history">
            {overview.entries.map((e) => (
              <li key={e.id} className="flex items-start justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <div className="font-medium text-slate-900">{t(`entry.${e.type}`)}</div>
                  <div className="text-xs text-slate-600">
                    {formatDateTime(e.createdAt)}
                    {e.note && ` · ${e.note}`}
                  </div>
                </div>
                <div className="text-right">
                  <div
                    className={e.amount < 0n ? "font-medium text-slate-900" : "font-medium text-green-700"}
                  >
                    {e.amount > 0n ? "+" : ""}
                    {money(e.amount)}
                  </div>
                  <div className="text-xs text-slate-600">
                    {t("balanceAfter", { amount: money(e.balanceAfter) })}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
