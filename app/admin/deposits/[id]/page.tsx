import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DepositStatusBadge } from "@/components/admin/deposits/deposit-status";
import { RecheckButton, ReverseDeposit } from "@/components/admin/deposits/transfer-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { isExpectedError } from "@/lib/errors";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { getDepositDetail } from "@/lib/payments/list-deposits";
import { getDepositReversal } from "@/lib/payments/reverse-gateway-deposit";
import { getSettings } from "@/lib/settings/settings";
import { customerLabel } from "@/lib/users/admin-users";

export const metadata = { title: "Deposit" };

export default async function AdminDepositPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const deposit = await getDepositDetail(id).catch((error: unknown) => {
    if (isExpectedError(error)) notFound();
    throw error;
  });
  const [settings, reversed, t, locale] = await Promise.all([
    getSettings(),
    getDepositReversal(deposit.id),
    getTranslations("adminDeposits"),
    getLocale(),
  ]);
  const creditedTransfers = deposit.transfers.filter((tr) => tr.status === "CREDITED");
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const facts: [string, React.ReactNode][] = [
    [t("col.customer"), deposit.user.email],
    [t("col.amount"), money(deposit.amount)],
    [t("col.paid"), `${deposit.payAmount} ${deposit.payCurrency}`],
    [t("credited"), money(deposit.credited)],
    [
      t("col.status"),
      <DepositStatusBadge key="s" status={deposit.status} label={t(`status.${deposit.status}`)} />,
    ],
    [t("col.created"), formatDateTime(deposit.createdAt)],
    [t("expires"), formatDateTime(deposit.expiresAt)],
    [t("coupon"), deposit.coupon?.code ?? "—"],
    ...(reversed > 0n
      ? [
          [
            t("reversedAmount"),
            <span key="r" className="font-medium text-red-700">
              {money(reversed)}
            </span>,
          ] as [string, React.ReactNode],
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t("detail", { code: deposit.code })}
        description={t(`gateway.${deposit.gateway === "sepay" ? "sepay" : "nowpayments"}`)}
        actions={<RecheckButton id={deposit.id} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {creditedTransfers.length > 0 && reversed === 0n && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <p className="mb-2 text-xs text-slate-500">{t("reverseHint")}</p>
              <ReverseDeposit
                id={deposit.id}
                code={deposit.code}
                amount={money(creditedTransfers.reduce((sum, tr) => sum + tr.amount, 0n))}
                customer={customerLabel(deposit.user)}
              />
            </div>
          )}
        </Card>
        <Card title={t("transfers")}>
          {deposit.transfers.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noTransfers")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {deposit.transfers.map((tr) => (
                <li key={tr.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    #{tr.externalId} · {tr.grossAmount} {tr.currency} → {money(tr.amount)}
                    {tr.reason && (
                      <span className="block text-xs text-slate-500">
                        {t.has(`reason.${tr.reason}`) ? t(`reason.${tr.reason}`) : tr.reason}
                      </span>
                    )}
                  </span>
                  <DepositStatusBadge status={tr.status} label={t(`transferStatus.${tr.status}`)} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("exchanges")}</h2>
      {deposit.exchanges.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noExchanges")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.created")}</th>
              <th className={th}>{t("col.direction")}</th>
              <th className={th}>{t("col.outcome")}</th>
              <th className={th}>{t("col.body")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {deposit.exchanges.map((e) => (
              <tr key={e.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.createdAt)}</td>
                <td className={td}>{e.direction}</td>
                <td className={td}>
                  {e.outcome}
                  {e.httpStatus ? ` (HTTP ${e.httpStatus})` : ""}
                </td>
                <td className={td}>
                  <pre className="max-h-48 max-w-xl overflow-auto whitespace-pre-wrap break-all text-xs">
                    {e.body}
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
