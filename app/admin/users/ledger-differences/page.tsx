import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { checkLedger } from "@/lib/dashboard/ledger-check";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("ledgerDifferences.title") };
}

export default async function LedgerDifferencesPage() {
  await requireAdminPage();
  const [differences, settings, t, locale] = await Promise.all([
    checkLedger(),
    getSettings(),
    getTranslations("adminUsers.ledgerDifferences"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatCurrency(units, settings, locale);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {differences.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("user")}</th>
              <th className={`${th} text-right`}>{t("balance")}</th>
              <th className={`${th} text-right`}>{t("ledgerSum")}</th>
              <th className={`${th} text-right`}>{t("difference")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {differences.map((d) => (
              <tr key={d.userId}>
                <td className={td}>
                  <Link href={`/admin/users/${d.userId}`} className="text-brand-700 hover:underline">
                    {d.email}
                  </Link>
                </td>
                <td className={`${td} text-right tabular-nums`}>{money(d.balance)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(d.ledgerSum)}</td>
                <td className={`${td} text-right tabular-nums text-red-600`}>
                  {money(d.balance - d.ledgerSum)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
