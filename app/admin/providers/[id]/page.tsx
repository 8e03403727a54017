import { notFound } from "next/navigation";
import { ExchangeLogTable } from "@/components/admin/exchange-log-table";
import { ProviderActions } from "@/components/admin/provider-actions";
import { ProviderForm } from "@/components/admin/provider-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getProviderDetail } from "@/lib/providers/list-providers";

export const metadata = { title: "Provider" };

export default async function ProviderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const id = Number((await params).id);
  const provider = Number.isInteger(id) ? await getProviderDetail(id) : null;
  if (!provider) notFound();
  const inUse = provider._count.services > 0 || provider._count.orders > 0;

  return (
    <>
      <PageHeader
        title={provider.name}
        description={provider.balance === null ? "Balance not checked yet" : `Balance ${formatMoney(provider.balance, 2)} ${provider.currency ?? ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Connection">
          <ProviderForm
            initial={{
              id: provider.id,
              name: provider.name,
              apiUrl: provider.apiUrl,
              lowBalanceThreshold: provider.lowBalanceThreshold === null ? "" : formatMoney(provider.lowBalanceThreshold, 2),
              keyStatus: "set",
            }}
          />
        </Card>
        <Card title="Checks">
          <ProviderActions id={provider.id} canDelete={!inUse} />
          <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-2 text-sm">
            <dt className="text-slate-500">Last check</dt>
            <dd>{provider.lastCheckedAt ? formatDateTime(provider.lastCheckedAt) : "never"}</dd>
            <dt className="text-slate-500">Last error</dt>
            <dd className={provider.lastError ? "text-red-600" : ""}>{provider.lastError ?? "none"}</dd>
            <dt className="text-slate-500">Services</dt>
            <dd>{provider._count.services}</dd>
            <dt className="text-slate-500">Orders</dt>
            <dd>{provider._count.orders}</dd>
          </dl>
          {inUse && <p className="mt-3 text-xs text-slate-500">A provider with services or orders cannot be deleted; disable it instead.</p>}
        </Card>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Recent exchanges</h2>
      <ExchangeLogTable exchanges={provider.exchanges} showOrder empty="No calls yet." />
    </>
  );
}
