import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExchangeLogTable } from "@/components/admin/exchange-log-table";
import { ProviderActions } from "@/components/admin/provider-actions";
import { ProviderForm } from "@/components/admin/provider-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getProviderDetail } from "@/lib/providers/list-providers";

export async function generateMetadata() {
  return { title: (await getTranslations("adminProviders"))("detail.title") };
}

export default async function ProviderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const id = Number((await params).id);
  const provider = Number.isInteger(id) ? await getProviderDetail(id) : null;
  if (!provider) notFound();
  const [t, locale] = await Promise.all([getTranslations("adminProviders.detail"), getLocale()]);
  const inUse = provider._count.services > 0 || provider._count.orders > 0;

  return (
    <>
      <PageHeader
        title={provider.name}
        description={
          provider.balance === null
            ? t("balanceUnknown")
            : t("balance", { amount: formatMoney(provider.balance, 2), currency: provider.currency ?? "" })
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("connection")}>
          <ProviderForm
            initial={{
              id: provider.id,
              name: provider.name,
              apiUrl: provider.apiUrl,
              lowBalanceThreshold:
                provider.lowBalanceThreshold === null ? "" : formatMoney(provider.lowBalanceThreshold, 2),
              keyStatus: "set",
            }}
          />
        </Card>
        <Card title={t("checks")}>
          <ProviderActions id={provider.id} canDelete={!inUse} />
          <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-2 text-sm">
            <dt className="text-slate-500">{t("lastCheck")}</dt>
            <dd>{provider.lastCheckedAt ? formatDateTime(provider.lastCheckedAt, locale) : t("never")}</dd>
            <dt className="text-slate-500">{t("lastError")}</dt>
            <dd className={provider.lastError ? "text-red-600" : ""}>{provider.lastError ?? t("none")}</dd>
            <dt className="text-slate-500">{t("services")}</dt>
            <dd>{provider._count.services}</dd>
            <dt className="text-slate-500">{t("orders")}</dt>
            <dd>{provider._count.orders}</dd>
          </dl>
          {inUse && <p className="mt-3 text-xs text-slate-500">{t("inUse")}</p>}
        </Card>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("exchanges")}</h2>
      <ExchangeLogTable exchanges={provider.exchanges} showOrder empty={t("noExchanges")} />
    </>
  );
}
