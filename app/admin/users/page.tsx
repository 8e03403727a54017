import Link from "next/link";
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

export const metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const filters = {
    q: firstParam(params, "q", 254),
    role: enumParam(params, "role", ["CUSTOMER", "ADMIN"] as const),
    status: enumParam(params, "status", ["ACTIVE", "SUSPENDED"] as const),
    sort: enumParam(params, "sort", USER_SORTS, "created"),
    dir: enumParam(params, "dir", ["asc", "desc"] as const, "desc"),
  };
  const [result, settings] = await Promise.all([listUsers({ ...filters, page: pageParam(params) }), getSettings()]);
  const money = (units: bigint) => formatCurrency(units, settings);

  return (
    <>
      <PageHeader title="Users" description="Search by email or id; open a user to adjust balance, prices, role or access." />
      <UserFilters values={filters} />
      {result.rows.length === 0 ? (
        <EmptyState title="No users match">Try another search or clear the filters.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>User</th>
              <th className={th}>Role</th>
              <th className={th}>Status</th>
              <th className={`${th} text-right`}>Balance</th>
              <th className={`${th} text-right`}>Spent</th>
              <th className={th}>Last sign-in</th>
              <th className={th}>Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.id}`}>
                <td className={td}>
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.email}</Link>
                  <div className="text-xs text-slate-500">#{u.id}</div>
                </td>
                <td className={td}>{u.role === "ADMIN" ? <StatusBadge tone="blue">Admin</StatusBadge> : "Customer"}</td>
                <td className={td}>{u.status === "ACTIVE" ? <StatusBadge tone="green">Active</StatusBadge> : <StatusBadge tone="red">Suspended</StatusBadge>}</td>
                <td className={`${td} text-right tabular-nums`}>{money(u.balance)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(u.spent)}</td>
                <td className={`${td} whitespace-nowrap`}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "never"}</td>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination path="/admin/users" params={filters} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
