import Link from "next/link";
import { ProviderActions } from "@/components/admin/provider-actions";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { listProviders } from "@/lib/providers/list-providers";

export const metadata = { title: "Providers" };

export default async function ProvidersPage() {
  await requireAdminPage();
  const providers = await listProviders();
  return (
    <>
      <PageHeader
        title="Providers"
        description="Upstream panels you buy from through API v2. Keys are stored encrypted and never shown."
        actions={<Link href="/admin/providers/new" className={buttonClass()}>Add provider</Link>}
      />
      {providers.length === 0 ? (
        <EmptyState title="No providers yet">Add the API URL and key of the panel you buy services from.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>Provider</th>
              <th className={th}>Status</th>
              <th className={th}>Balance</th>
              <th className={th}>Last check</th>
              <th className={th}>Services</th>
              <th className={th}>Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {providers.map((p) => (
              <tr key={p.id} data-testid={`provider-row-${p.id}`}>
                <td className={td}>
                  <Link href={`/admin/providers/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                  {p.isDemo && <span className="ml-2 text-xs text-slate-500">(simulator)</span>}
                  <div className="max-w-xs truncate text-xs text-slate-500">{p.apiUrl}</div>
                </td>
                <td className={td}>
                  {p.lastError ? (
                    <StatusBadge tone="red">Failing</StatusBadge>
                  ) : p.status === "ACTIVE" ? (
                    <StatusBadge tone="green">Active</StatusBadge>
                  ) : (
                    <StatusBadge tone="gray">Disabled</StatusBadge>
                  )}
                  {p.lastError && <div className="mt-1 max-w-xs text-xs text-red-600">{p.lastError}</div>}
                </td>
                <td className={td} data-testid="provider-balance">
                  {p.balance === null ? "—" : `${formatMoney(p.balance, 2)} ${p.currency ?? ""}`}
                  {p.lowBalance && <div className="mt-1"><StatusBadge tone="yellow">Low balance</StatusBadge></div>}
                </td>
                <td className={td}>{p.lastCheckedAt ? formatDateTime(p.lastCheckedAt) : "never"}</td>
                <td className={td}>{p._count.services}</td>
                <td className={td}>
                  <ProviderActions id={p.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
