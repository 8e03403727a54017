import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ruleLabel, unitLabel } from "@/components/catalog/rule-label";
import { ServiceForm } from "@/components/catalog/service-form";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime, formatRate } from "@/lib/format";
import { listCategories } from "@/lib/catalog/categories";
import { getAdminService } from "@/lib/catalog/list-admin-services";
import { formatPercentBps } from "@/lib/catalog/markup";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminServices"))("edit.title") };
}

export default async function AdminServicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const [detail, categories, settings, t, locale] = await Promise.all([
    getAdminService(id),
    listCategories(),
    getSettings(),
    getTranslations("adminServices"),
    getLocale(),
  ]);
  if (!detail) notFound();
  const { service, decision, margin, syncLog } = detail;
  const upstream = service.providerService;
  const money = (units: bigint) => formatRate(units, settings, locale);
  const unit = unitLabel(t, service.type);
  const plain = (units: bigint | null) => (units === null ? "" : formatMoney(units).replace(/\.?0+$/, ""));

  return (
    <>
      <PageHeader
        title={service.name}
        description={
          <Link href="/admin/services" className="text-brand-700 hover:underline">
            {t("allServices")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("edit.edit")}>
            <ServiceForm
              id={service.id}
              unit={unit}
              providerLimits={{ min: upstream.min, max: upstream.max }}
              categories={categories.map((c) => ({ id: c.id, name: c.name }))}
              initial={{
                name: service.name,
                description: service.description ?? "",
                categoryId: String(service.categoryId),
                sortOrder: String(service.sortOrder),
                min: String(service.min),
                max: String(service.max),
                pricing:
                  service.manualRate !== null
                    ? "manual"
                    : service.markupPercent !== null || service.markupFixed !== null
                      ? "markup"
                      : "rule",
                markupPercent: service.markupPercent === null ? "" : formatPercentBps(service.markupPercent),
                markupFixed: plain(service.markupFixed),
                manualRate: plain(service.manualRate),
                allowBelowCost: service.allowBelowCost,
                refillDays: service.refillDays === null ? "" : String(service.refillDays),
              }}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("edit.price")}>
            <dl className="grid grid-cols-2 gap-y-2 text-sm" data-testid="service-pricing">
              <dt className="text-slate-500">{t("edit.providerCost")}</dt>
              <dd className="text-right tabular-nums">{money(upstream.rate)}</dd>
              <dt className="text-slate-500">{t("edit.price")}</dt>
              <dd className="text-right font-medium tabular-nums">
                {money(service.rate)} <span className="text-xs text-slate-500">{unit}</span>
              </dd>
              <dt className="text-slate-500">{t("edit.margin")}</dt>
              <dd className={`text-right tabular-nums ${margin.units < 0n ? "text-red-600" : ""}`}>
                {money(margin.units)}
                {margin.bps !== null &&
                  ` (${margin.bps < 0 ? "-" : ""}${formatPercentBps(Math.abs(margin.bps))}%)`}
              </dd>
              <dt className="text-slate-500">{t("edit.rule")}</dt>
              <dd className="text-right">{ruleLabel(t, decision, money)}</dd>
              <dt className="text-slate-500">{t("edit.roundedUpTo")}</dt>
              <dd className="text-right">{t("edit.decimals", { count: settings.pricePrecision })}</dd>
            </dl>
            {decision.disable && (
              <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t("edit.manualBelowCost")}
              </p>
            )}
          </Card>
          <Card title={t("edit.provider")}>
            <dl className="grid grid-cols-2 gap-y-2 text-sm">
              <dt className="text-slate-500">{t("edit.provider")}</dt>
              <dd className="text-right">{upstream.provider.name}</dd>
              <dt className="text-slate-500">{t("edit.providerService")}</dt>
              <dd className="text-right">#{upstream.externalId}</dd>
              <dt className="text-slate-500">{t("edit.type")}</dt>
              <dd className="text-right">{service.type}</dd>
              <dt className="text-slate-500">{t("edit.minMax")}</dt>
              <dd className="text-right tabular-nums">
                {upstream.min} / {upstream.max}
              </dd>
              <dt className="text-slate-500">{t("edit.refillCancel")}</dt>
              <dd className="text-right">
                {upstream.refill ? t("edit.yes") : t("edit.no")} /{" "}
                {upstream.cancel ? t("edit.yes") : t("edit.no")}
              </dd>
              <dt className="text-slate-500">{t("edit.listed")}</dt>
              <dd className="text-right">
                {upstream.available ? (
                  <StatusBadge tone="green">{t("edit.listedYes")}</StatusBadge>
                ) : (
                  <StatusBadge tone="red">{t("edit.gone")}</StatusBadge>
                )}
              </dd>
              <dt className="text-slate-500">{t("edit.lastSync")}</dt>
              <dd className="text-right">{formatDateTime(upstream.syncedAt, locale)}</dd>
            </dl>
          </Card>
        </div>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">{t("edit.history")}</h2>
      {syncLog.length === 0 ? (
        <p className="text-sm text-slate-500">{t("edit.noHistory")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>{t("log.when")}</th>
              <th className={th}>{t("log.field")}</th>
              <th className={th}>{t("log.change")}</th>
              <th className={th}>{t("log.why")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {syncLog.map((row) => (
              <tr key={row.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt, locale)}</td>
                <td className={td}>{row.field}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {row.oldValue ?? "—"} → {row.newValue ?? "—"}
                </td>
                <td className={td}>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
