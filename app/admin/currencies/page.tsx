import Link from "next/link";
import { ProviderCurrencyForm, RateForm } from "@/components/admin/currencies/rate-form";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { listCurrencies } from "@/lib/currency/list-currencies";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Currencies" };

export default async function CurrenciesPage() {
  await requireAdminPage();
  const { panel, rows, providers, refresh } = await listCurrencies();
  const options = [panel.code, ...rows.filter((r) => r.rate !== null).map((r) => r.currency)];

  return (
    <>
      <PageHeader
        title="Currencies"
        description={`Balances, prices and the ledger are in the panel currency, ${panel.code} (${panel.symbol}). Providers that price in another currency are converted at these rates, rounded up; a rate change re-prices their services at once.`}
      />
      <div className="space-y-6">
        <Card title="Exchange rates">
          <Table>
            <thead>
              <tr>
                <th className={th}>Currency</th>
                <th className={th}>Rate</th>
                <th className={th}>Providers</th>
                <th className={th}>Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.currency} data-testid={`currency-row-${row.currency}`}>
                  <td className={`${td} font-medium`}>
                    {row.currency}
                    {row.rate === null && <div><StatusBadge tone="red">No rate: prices are not synced</StatusBadge></div>}
                  </td>
                  <td className={td}><RateForm currency={row.currency} rate={row.rate ?? ""} panel={panel.code} /></td>
                  <td className={td}>{row.providers.map((p) => p.name).join(", ") || "—"}</td>
                  <td className={`${td} whitespace-nowrap text-xs text-slate-500`}>
                    {row.updatedAt ? `${formatDateTime(row.updatedAt)} (${row.source === "auto" ? "automatic" : "by hand"})` : "—"}
                  </td>
                </tr>
              ))}
              <tr>
                <td className={td} colSpan={4}><RateForm currency={null} rate="" panel={panel.code} /></td>
              </tr>
            </tbody>
          </Table>
          <p className="mt-3 text-xs text-slate-500">
            {refresh.url
              ? `Rates are also read from the feed in Settings every ${refresh.minutes} minutes.`
              : "Rates change only by hand: no exchange rate feed is set in Settings (nothing outside is called)."}{" "}
            Every change is in the <Link href="/admin/services/sync-log" className="text-brand-700 hover:underline">sync log</Link> and the audit log.
          </p>
        </Card>
        <Card title="Provider currencies">
          <p className="mb-3 text-sm text-slate-600">Read from each provider&apos;s balance answer. Correct it here if the provider does not say, or says it wrongly.</p>
          <Table>
            <thead>
              <tr>
                <th className={th}>Provider</th>
                <th className={th}>Currency</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {providers.map((p) => (
                <tr key={p.id}>
                  <td className={td}><Link href={`/admin/providers/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link></td>
                  <td className={td}><ProviderCurrencyForm providerId={p.id} currency={p.currency} options={options.includes(p.currency ?? "") || p.currency === null ? options : [p.currency, ...options]} /></td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
