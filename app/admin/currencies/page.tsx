import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProviderCurrencyForm, RateForm } from "@/components/admin/currencies/rate-form";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { listCurrencies } from "@/lib/currency/list-currencies";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata() {
  return { title: (await getTranslations("currency"))("title") };
}

export default async function CurrenciesPage() {
  await requireAdminPage();
  const [{ panel, rows, providers, refresh }, t, locale] = await Promise.all([
    listCurrencies(),
    getTranslations("currency"),
    getLocale(),
  ]);
  const options = [panel.code, ...rows.filter((r) => r.rate !== null).map((r) => r.currency)];

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { code: panel.code, symbol: panel.symbol })}
      />
      <div className="space-y-6">
        <Card title={t("ratesTitle")}>
          <Table>
            <thead>
              <tr>
                <th className={th}>{t("colCurrency")}</th>
                <th className={th}>{t("colRate")}</th>
                <th className={th}>{t("colProviders")}</th>
                <th className={th}>{t("colUpdated")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.currency} data-testid={`currency-row-${row.currency}`}>
                  <td className={`${td} font-medium`}>
                    {row.currency}
                    {row.rate === null && (
                      <div>
                        <StatusBadge tone="red">{t("noRate")}</StatusBadge>
                      </div>
                    )}
                  </td>
                  <td className={td}>
                    <RateForm currency={row.currency} rate={row.rate ?? ""} panel={panel.code} />
                  </td>
                  <td className={td}>{row.providers.map((p) => p.name).join(", ") || "—"}</td>
                  <td className={`${td} whitespace-nowrap text-xs text-slate-500`}>
                    {row.updatedAt
                      ? t("updatedBy", {
                          when: formatDateTime(row.updatedAt, locale),
                          source: row.source ?? "manual",
                        })
                      : "—"}
                  </td>
                </tr>
              ))}
              <tr>
                <td className={td} colSpan={4}>
                  <RateForm currency={null} rate="" panel={panel.code} />
                </td>
              </tr>
            </tbody>
          </Table>
          <p className="mt-3 text-xs text-slate-500">
            {refresh.url ? t("feedOn", { minutes: refresh.minutes }) : t("feedOff")}{" "}
            {t.rich("logged", {
              link: (chunks) => (
                <Link href="/admin/services/sync-log" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
        <Card title={t("providersTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("providersHint")}</p>
          <Table>
            <thead>
              <tr>
                <th className={th}>{t("colProvider")}</th>
                <th className={th}>{t("colCurrency")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {providers.map((p) => (
                <tr key={p.id}>
                  <td className={td}>
                    <Link href={`/admin/providers/${p.id}`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                  </td>
                  <td className={td}>
                    <ProviderCurrencyForm
                      providerId={p.id}
                      currency={p.currency}
                      options={
                        p.currency === null || options.includes(p.currency)
                          ? options
                          : [p.currency, ...options]
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
