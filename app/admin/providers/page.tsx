import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProviderActions } from "@/components/admin/provider-actions";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { listProviders } from "@/lib/providers/list-providers";

export async function generateMetadata() {
  return { title: (await getTranslations("adminProviders"))("title") };
}

export default async function ProvidersPage() {
  await requireAdminPage();
  const [providers, t, locale] = await Promise.all([
    listProviders(),
    getTranslations("adminProviders"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/providers/new" className={buttonClass()}>
            {t("add")}
          </Link>
        }
      />
      {providers.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("colProvider")}</th>
              <th className={th}>{t("colStatus")}</th>
              <th className={th}>{t("colBalance")}</th>
              <th className={th}>{t("colLastCheck")}</th>
              <th className={th}>{t("colServices")}</th>
              <th className={th}>{t("colActions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {providers.map((p) => (
              <tr key={p.id} data-testid={`provider-row-${p.id}`}>
                <td className={td}>
                  <Link
                    href={`/admin/providers/${p.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {p.name}
                  </Link>
                  {p.isDemo && <span className="ml-2 text-xs text-slate-500">{t("simulator")}</span>}
                  <div className="max-w-xs truncate text-xs text-slate-500">{p.apiUrl}</div>
                </td>
                <td className={td}>
                  {p.lastError ? (
                    <StatusBadge tone="red">{t("failing")}</StatusBadge>
                  ) : p.status === "ACTIVE" ? (
                    <StatusBadge tone="green">{t("active")}</StatusBadge>
                  ) : (
                    <StatusBadge tone="gray">{t("disabled")}</StatusBadge>
                  )}
                  {p.lastError && <div className="mt-1 max-w-xs text-xs text-red-600">{p.lastError}</div>}
                </td>
                <td className={td} data-testid="provider-balance">
                  {p.balance === null ? "—" : `${formatMoney(p.balance, 2)} ${p.currency ?? ""}`}
                  {p.lowBalance && (
                    <div className="mt-1">
                      <StatusBadge tone="yellow">{t("lowBalance")}</StatusBadge>
                    </div>
                  )}
                </td>
                <td className={td}>
                  {p.lastCheckedAt ? formatDateTime(p.lastCheckedAt, locale) : t("never")}
                </td>
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
