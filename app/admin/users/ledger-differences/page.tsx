import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { findLedgerDifferences } from "@/lib/ledger/reconcile";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Ledger differences" };

export default async function LedgerDifferencesPage() {
  await requireAdminPage();
  const [differences, settings] = await Promise.all([findLedgerDifferences(), getSettings()]);
  const money = (units: bigint) => formatCurrency(units, settings);
  return (
    <>
      <PageHeader title="Ledger differences" description="Users whose balance differs from the sum of their ledger. This should always be empty." />
      {differences.length === 0 ? (
        <EmptyState title="Every balance matches its ledger" />
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>User</th>
              <th className={`${th} text-right`}>Balance</th>
              <th className={`${th} text-right`}>Ledger sum</th>
              <th className={`${th} text-right`}>Difference</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {differences.map((d) => (
              <tr key={d.userId}>
                <td className={td}>
                  <Link href={`/admin/users/${d.userId}`} className="text-brand-700 hover:underline">{d.email}</Link>
                </td>
                <td className={`${td} text-right tabular-nums`}>{money(d.balance)}</td>
                <td className={`${td} text-right tabular-nums`}>{money(d.ledgerSum)}</td>
                <td className={`${td} text-right tabular-nums text-red-600`}>{money(d.balance - d.ledgerSum)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
