import Link from "next/link";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { BalanceForm } from "@/components/admin/users/balance-form";
import { PriceForms } from "@/components/admin/users/price-form";
import { TierPinCard } from "@/components/admin/tiers/tier-pin-card";
import { UserAccess } from "@/components/admin/users/user-access";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";
import { getUserDetail, listServicesForPricing } from "@/lib/users/admin-users";

export const metadata = { title: "User" };


export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const id = Number((await params).id);
  const user = Number.isSafeInteger(id) && id > 0 ? await getUserDetail(id) : null;
  if (!user) notFound();
  const [settings, services] = await Promise.all([getSettings(), listServicesForPricing()]);
  const money = (units: bigint) => formatCurrency(units, settings);

  return (
    <>
      <PageHeader
        title={user.email}
        description={
          <>
            User #{user.id} · {user.role === "ADMIN" ? "Admin" : "Customer"} ·{" "}
            <span data-testid="user-status">{user.status === "ACTIVE" ? "Active" : "Suspended"}</span>
          </>
        }
        actions={<Link href="/admin/users" className="text-sm text-brand-700 hover:underline">← All users</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Profile">
          <dl className="grid grid-cols-[9rem_1fr] gap-2 text-sm">
            <dt className="text-slate-500">Balance</dt>
            <dd className="font-semibold" data-testid="user-balance">{money(user.balance)}</dd>
            <dt className="text-slate-500">Spent</dt>
            <dd>{money(user.spent)}</dd>
            <dt className="text-slate-500">Orders</dt>
            <dd>{user._count.orders}</dd>
            <dt className="text-slate-500">Created</dt>
            <dd>{formatDateTime(user.createdAt)}</dd>
            <dt className="text-slate-500">Last sign-in</dt>
            <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never"}</dd>
            <dt className="text-slate-500">API access</dt>
            <dd>{user.apiAccess ? <StatusBadge tone="green">Allowed</StatusBadge> : <StatusBadge tone="red">Disabled</StatusBadge>}</dd>
            <dt className="text-slate-500">API key</dt>
            <dd data-testid="user-api-key">
              {user.apiKey
                ? `${user.apiKey.prefix}… created ${formatDateTime(user.apiKey.createdAt)}, last used ${user.apiKey.lastUsedAt ? formatDateTime(user.apiKey.lastUsedAt) : "never"}`
                : "none"}
            </dd>
          </dl>
        </Card>
        <Card title="Access">
          <UserAccess
            userId={user.id}
            email={user.email}
            status={user.status}
            role={user.role}
            apiAccess={user.apiAccess}
            hasApiKey={user.apiKey !== null}
            isSelf={user.id === admin.id}
          />
        </Card>
        <Card title="Adjust balance">
          <BalanceForm userId={user.id} currencySymbol={settings.currencySymbol} />
        </Card>
        <Card title="Custom prices">
          <PriceForms
            userId={user.id}
            discount={user.discountBps === null ? "" : String(user.discountBps / 100)}
            services={services.map((s) => ({ id: s.id, name: s.name, rate: formatMoney(s.rate, settings.displayDecimals) }))}
            currencySymbol={settings.currencySymbol}
          />
          {user.serviceRates.length > 0 && (
            <ul className="mt-4 divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid="user-service-rates">
              {user.serviceRates.map((p) => (
                <li key={p.id} className="flex justify-between gap-3 py-2">
                  <span>#{p.serviceId} {p.service?.name}</span>
                  <span className="tabular-nums">
                    {p.rate === null ? "—" : money(p.rate)} / 1000
                    {p.service && <span className="ml-2 text-xs text-slate-500">(list {money(p.service.rate)})</span>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {user.role === "CUSTOMER" && <TierPinCard userId={user.id} money={money} />}
      </div>

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Balance history (latest {user.ledger.length} of {user._count.ledger})</h2>
      <LedgerTable entries={user.ledger} settings={settings} empty="No balance changes yet." testId="user-ledger" />

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Recent orders</h2>
      <Table>
        <thead>
          <tr>
            <th className={th}>Order</th>
            <th className={th}>Service</th>
            <th className={th}>Quantity</th>
            <th className={`${th} text-right`}>Charge</th>
            <th className={th}>Status</th>
            <th className={th}>Placed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {user.orders.length === 0 && (
            <tr>
              <td className={td} colSpan={6}>No orders yet.</td>
            </tr>
          )}
          {user.orders.map((o) => (
            <tr key={o.id}>
              <td className={td}>
                <Link href={`/admin/orders/${o.id}`} className="text-brand-700 hover:underline">#{o.id}</Link>
              </td>
              <td className={td}>{o.service.name}</td>
              <td className={td}>{o.quantity.toLocaleString("en-US")}</td>
              <td className={`${td} text-right tabular-nums`}>
                {money(o.charge)}
                {o.refunded > 0n && <div className="text-xs text-slate-500">refunded {money(o.refunded)}</div>}
              </td>
              <td className={td}>{o.status.replace("_", " ").toLowerCase()}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDateTime(o.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {user._count.orders > user.orders.length && (
        <p className="mt-2 text-sm">
          <Link href={`/admin/orders?user=${user.id}`} className="text-brand-700 hover:underline">All {user._count.orders} orders →</Link>
        </p>
      )}
    </>
  );
}
