import { NeedsAttentionList } from "@/components/admin/dashboard/needs-attention";
import { PeriodTable } from "@/components/admin/dashboard/period-table";
import { RevenueChart } from "@/components/admin/dashboard/revenue-chart";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getNeedsAttention } from "@/lib/dashboard/needs-attention";
import { formatMoney } from "@/lib/money";
import { plural } from "@/lib/plural";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Dashboard" };

export default async function AdminDashboardPage() {
  await requireAdminPage();
  const now = new Date();
  const [dashboard, attention, settings] = await Promise.all([getDashboard(now), getNeedsAttention(now), getSettings()]);
  // The chart plots numbers; the exact figures stay in the table.
  const chart = dashboard.series.map((p) => ({ day: p.day, revenue: Number(formatMoney(p.revenue, 2)), orders: p.orders }));
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          <>
            <span data-testid="stat-customers">{plural(dashboard.customers, "customer", "customers")}</span> · {plural(dashboard.admins, "admin", "admins")} · days in UTC
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <PeriodTable periods={dashboard.periods} settings={settings} />
          <Card title="Revenue and orders, last 30 days">
            <RevenueChart data={chart} currencySymbol={settings.currencySymbol} />
          </Card>
        </div>
        <Card title="Needs attention" className="self-start">
          <NeedsAttentionList data={attention} />
        </Card>
      </div>
    </>
  );
}
