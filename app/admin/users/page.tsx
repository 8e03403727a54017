import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserFilters } from "@/components/admin/users/user-filters";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency, formatDateTime } from "@/lib/format";
import { enumParam, firstParam, pageParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";
import { USER_SORTS } from "@/lib/users/admin-user-input";
import { listUsers } from "@/lib/users/admin-users";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const filters = {
    q: firstParam(params, "q", 254),
    role: enumParam(params, "role", ["CUSTOMER", "ADMIN", "OWNER"] as const),
    status: enumParam(params, "status", ["ACTIVE", "SUSPENDED"] as const),
    sort: enumParam(params, "sort", USER_SORTS, "created"),
    dir: enumParam(params, "dir", ["asc", "desc"] as const, "desc"),
  };
  const [result, settings, t, locale] = await Promise.all([
    listUsers({ ...filters, page: pageParam(params) }),
    getSettings(),
    getTranslations("adminUsers"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <UserFilters values={filters} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("col.user")}</th>
              <th className={th}>{t("col.role")}</th>
              <th className={th}>{t("col.status")}</th>
              <th className={`${th} text-right`}>{t("col.balance")}</th>
              <th className={`${th} text-right`}>{t("col.spent")}</th>
              <th className={th}>{t("col.lastSignIn")}</th>
              <th className={th}>{t("col.created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.id}`}>
                <td className={td}>
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                    {u.email}
                  </Link>
                  <div className="text-xs text-slate-500">#{u.id}</div>
                </td>
                <td className={td}>
                  {u.role === "CUSTOMER" ? (
                    t("role.CUSTOMER")
                  ) : (
                    <StatusBadge tone="blue">{t(`role.${u.role}`)}</StatusBadge>
                  )}
                </td>
                <td className={td}>
                  <StatusBadge tone={u.status === "ACTIVE" ? "green" : "red"}>
                    {t(`status.${u.status}`)}
                  </StatusBadge>
                </td>
                <td className={`${td} text-right tabular-nums`}>{money(u.balance)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(u.spent)}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t("never")}
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(u.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/users"
        params={filters}
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
      />
    </>
  );
}
