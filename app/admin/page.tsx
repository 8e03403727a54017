import { getFormatter, getTranslations } from "next-intl/server";
import { NeedsAttentionList } from "@/components/admin/dashboard/needs-attention";
import { PeriodTable } from "@/components/admin/dashboard/period-table";
import { RevenueChart } from "@/components/admin/dashboard/revenue-chart";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getNeedsAttention } from "@/lib/dashboard/needs-attention";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminDashboard"))("title") };
}

export default async function AdminDashboardPage() {
  await requireAdminPage();
  const now = new Date();
  const [dashboard, attention, settings, t, format] = await Promise.all([
    getDashboard(now),
    getNeedsAttention(now),
    getSettings(),
    getTranslations("adminDashboard"),
    getFormatter(),
  ]);
  // The chart plots numbers; the exact figures stay in the table.
  const chart = dashboard.series.map((p) => ({
    day: p.day,
    revenue: Number(formatMoney(p.revenue, 2)),
    orders: p.orders,
  }));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <>
            <span data-testid="stat-customers">{t("customers", { count: dashboard.customers })}</span> ·{" "}
            {t("admins", { count: dashboard.admins })} · {t("utcDays")}
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <div>
            <PeriodTable periods={dashboard.periods} settings={settings} />
            {dashboard.ordersAsOf && (
              <p className="mt-2 text-xs text-slate-500" data-testid="orders-as-of">
                {t("ordersAsOf", {
                  ago: format.relativeTime(dashboard.ordersAsOf < now ? dashboard.ordersAsOf : now, now),
                })}
              </p>
            )}
          </div>
          <Card title={t("chartTitle")}>
            <RevenueChart data={chart} currencySymbol={settings.currencySymbol} />
          </Card>
        </div>
        <Card title={t("attentionTitle")} className="self-start">
          <NeedsAttentionList data={attention} now={now} />
        </Card>
      </div>
    </>
  );
}
