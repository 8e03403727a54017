import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/orders/status-badge";
import { isPackageType } from "@/lib/catalog/service-types";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { BalanceForm } from "@/components/admin/users/balance-form";
import { PriceForms } from "@/components/admin/users/price-form";
import { TierPinCard } from "@/components/admin/tiers/tier-pin-card";
import { UserAccess } from "@/components/admin/users/user-access";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime, formatNumber } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";
import { customerLabel, getUserDetail, listServicesForPricing } from "@/lib/users/admin-users";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("detail.title") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const id = Number((await params).id);
  const user = Number.isSafeInteger(id) && id > 0 ? await getUserDetail(id) : null;
  if (!user) notFound();
  const [settings, services, t, tUsers, locale] = await Promise.all([
    getSettings(),
    listServicesForPricing(),
    getTranslations("adminUsers.detail"),
    getTranslations("adminUsers"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  const date = (at: Date) => formatDateTime(at, locale);

  return (
    <>
      <PageHeader
        title={user.email}
        description={
          <>
            {t("userId", { id: String(user.id) })} · {tUsers(`role.${user.role}`)} ·{" "}
            <span data-testid="user-status">
              <StatusBadge tone={user.status === "ACTIVE" ? "green" : "red"}>
                {tUsers(`status.${user.status}`)}
              </StatusBadge>
            </span>
          </>
        }
        actions={
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            {t("allUsers")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("profile")}>
          <dl className="grid grid-cols-[9rem_1fr] gap-2 text-sm">
            <dt className="text-slate-500">{t("balance")}</dt>
            <dd className="font-semibold" data-testid="user-balance">
              {money(user.balance)}
            </dd>
            <dt className="text-slate-500">{t("spent")}</dt>
            <dd>{money(user.spent)}</dd>
            <dt className="text-slate-500">{t("orders")}</dt>
            <dd>{formatNumber(user._count.orders, locale)}</dd>
            <dt className="text-slate-500">{t("created")}</dt>
            <dd>{date(user.createdAt)}</dd>
            <dt className="text-slate-500">{t("lastSignIn")}</dt>
            <dd>{user.lastLoginAt ? date(user.lastLoginAt) : tUsers("never")}</dd>
            <dt className="text-slate-500">{t("apiAccess")}</dt>
            <dd>
              {user.apiAccess ? (
                <StatusBadge tone="green">{t("allowed")}</StatusBadge>
              ) : (
                <StatusBadge tone="red">{t("disabled")}</StatusBadge>
              )}
            </dd>
            <dt className="text-slate-500">{t("apiKey")}</dt>
            <dd data-testid="user-api-key">
              {user.apiKey
                ? t("apiKeyLine", {
                    prefix: user.apiKey.prefix,
                    created: date(user.apiKey.createdAt),
                    lastUsed: user.apiKey.lastUsedAt ? date(user.apiKey.lastUsedAt) : tUsers("never"),
                  })
                : t("none")}
            </dd>
          </dl>
        </Card>
        <Card title={t("access")}>
          <UserAccess
            userId={user.id}
            email={user.email}
            status={user.status}
            role={user.role}
            apiAccess={user.apiAccess}
            hasApiKey={user.apiKey !== null}
            isSelf={user.id === admin.id}
            viewerIsOwner={admin.role === "OWNER"}
            twoFactorOn={user.twoFactor?.enabledAt != null}
          />
        </Card>
        <Card title={t("adjustBalance")}>
          <BalanceForm
            userId={user.id}
            money={{
              currencySymbol: settings.currencySymbol,
              displayDecimals: settings.displayDecimals,
              currencyCode: settings.currencyCode,
            }}
            customer={customerLabel(user)}
          />
        </Card>
        <Card title={t("customPrices")}>
          <PriceForms
            userId={user.id}
            discount={user.discountBps === null ? "" : String(user.discountBps / 100)}
            services={services.map((s) => ({
              id: s.id,
              name: s.name,
              rate: formatMoney(s.rate, settings.displayDecimals),
              perOrder: isPackageType(s.type),
            }))}
            currencySymbol={settings.currencySymbol}
          />
          {user.serviceRates.length > 0 && (
            <ul
              className="mt-4 divide-y divide-slate-100 border-t border-slate-100 text-sm"
              data-testid="user-service-rates"
            >
              {user.serviceRates.map((p) => (
                <li key={p.id} className="flex justify-between gap-3 py-2">
                  <span>
                    #{p.serviceId} {p.service?.name}
                  </span>
                  <span className="tabular-nums">
                    {p.rate === null ? "—" : money(p.rate)}{" "}
                    {p.service && isPackageType(p.service.type) ? t("perOrder") : t("per1000")}
                    {p.service && (
                      <span className="ml-2 text-xs text-slate-500">
                        {t("listRate", { amount: money(p.service.rate) })}
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {user.role === "CUSTOMER" && <TierPinCard userId={user.id} money={money} />}
      </div>

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">
        {t("ledger", { shown: user.ledger.length, total: user._count.ledger })}
      </h2>
      <LedgerTable entries={user.ledger} settings={settings} empty={t("noLedger")} testId="user-ledger" />

      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("recentOrders")}</h2>
      <Table>
        <thead>
          <tr>
            <th className={th}>{t("order")}</th>
            <th className={th}>{t("service")}</th>
            <th className={th}>{t("quantity")}</th>
            <th className={`${th} text-right`}>{t("charge")}</th>
            <th className={th}>{t("status")}</th>
            <th className={th}>{t("placed")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {user.orders.length === 0 && (
            <tr>
              <td className={td} colSpan={6}>
                {t("noOrders")}
              </td>
            </tr>
          )}
          {user.orders.map((o) => (
            <tr key={o.id}>
              <td className={td}>
                <Link href={`/admin/orders/${o.id}`} className="text-brand-700 hover:underline">
                  #{o.id}
                </Link>
              </td>
              <td className={td}>{o.service.name}</td>
              <td className={td}>{formatNumber(o.quantity, locale)}</td>
              <td className={`${td} text-right tabular-nums`}>
                {money(o.charge)}
                {o.refunded > 0n && (
                  <div className="text-xs text-slate-500">{t("refunded", { amount: money(o.refunded) })}</div>
                )}
              </td>
              <td className={td}>
                <OrderStatusBadge status={o.status} />
              </td>
              <td className={`${td} whitespace-nowrap`}>{date(o.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {user._count.orders > user.orders.length && (
        <p className="mt-2 text-sm">
          <Link href={`/admin/orders?user=${user.id}`} className="text-brand-700 hover:underline">
            {t("allOrders", { count: user._count.orders })}
          </Link>
        </p>
      )}
    </>
  );
}
