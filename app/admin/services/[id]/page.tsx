import Link from "next/link";
import { notFound } from "next/navigation";
import { ServiceForm } from "@/components/catalog/service-form";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/session";
import { formatRate } from "@/lib/format";
import { listCategories } from "@/lib/catalog/categories";
import { getAdminService } from "@/lib/catalog/list-admin-services";
import { describeRule, formatPercentBps } from "@/lib/catalog/markup";
import { rateUnit } from "@/lib/catalog/service-types";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Edit service" };

export default async function AdminServicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const [detail, categories, settings] = await Promise.all([getAdminService(id), listCategories(), getSettings()]);
  if (!detail) notFound();
  const { service, decision, margin, syncLog } = detail;
  const upstream = service.providerService;
  const money = (units: bigint) => formatRate(units, settings);
  const plain = (units: bigint | null) => (units === null ? "" : formatMoney(units).replace(/\.?0+$/, ""));

  return (
    <>
      <PageHeader
        title={service.name}
        description={<Link href="/admin/services" className="text-brand-700 hover:underline">← All services</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Edit">
            <ServiceForm
              id={service.id}
              unit={rateUnit(service.type)}
              providerLimits={{ min: upstream.min, max: upstream.max }}
              categories={categories.map((c) => ({ id: c.id, name: c.name }))}
              initial={{
                name: service.name,
                description: service.description ?? "",
                categoryId: String(service.categoryId),
                sortOrder: String(service.sortOrder),
                min: String(service.min),
                max: String(service.max),
                pricing: service.manualRate !== null ? "manual" : service.markupPercent !== null || service.markupFixed !== null ? "markup" : "rule",
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
          <Card title="Price">
            <dl className="grid grid-cols-2 gap-y-2 text-sm" data-testid="service-pricing">
              <dt className="text-slate-500">Provider cost</dt>
              <dd className="text-right tabular-nums">{money(upstream.rate)}</dd>
              <dt className="text-slate-500">Price</dt>
              <dd className="text-right font-medium tabular-nums">{money(service.rate)} <span className="text-xs text-slate-500">{rateUnit(service.type)}</span></dd>
              <dt className="text-slate-500">Margin</dt>
              <dd className={`text-right tabular-nums ${margin.units < 0n ? "text-red-600" : ""}`}>
                {money(margin.units)}
                {margin.bps !== null && ` (${margin.bps < 0 ? "-" : ""}${formatPercentBps(Math.abs(margin.bps))}%)`}
              </dd>
              <dt className="text-slate-500">Rule</dt>
              <dd className="text-right">{describeRule(decision, money)}</dd>
              <dt className="text-slate-500">Rounded up to</dt>
              <dd className="text-right">{settings.pricePrecision} decimals</dd>
            </dl>
            {decision.disable && (
              <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">The manual price is below the provider&apos;s cost: the service stays disabled until you change it.</p>
            )}
          </Card>
          <Card title="Provider">
            <dl className="grid grid-cols-2 gap-y-2 text-sm">
              <dt className="text-slate-500">Provider</dt>
              <dd className="text-right">{upstream.provider.name}</dd>
              <dt className="text-slate-500">Provider service</dt>
              <dd className="text-right">#{upstream.externalId}</dd>
              <dt className="text-slate-500">Type</dt>
              <dd className="text-right">{service.type}</dd>
              <dt className="text-slate-500">Min / max</dt>
              <dd className="text-right tabular-nums">{upstream.min} / {upstream.max}</dd>
              <dt className="text-slate-500">Refill / cancel</dt>
              <dd className="text-right">{upstream.refill ? "yes" : "no"} / {upstream.cancel ? "yes" : "no"}</dd>
              <dt className="text-slate-500">Listed</dt>
              <dd className="text-right">{upstream.available ? <StatusBadge tone="green">Yes</StatusBadge> : <StatusBadge tone="red">Gone</StatusBadge>}</dd>
              <dt className="text-slate-500">Last sync</dt>
              <dd className="text-right">{formatDateTime(upstream.syncedAt)}</dd>
            </dl>
          </Card>
        </div>
      </div>
      <h2 className="mb-2 mt-8 text-sm font-semibold text-slate-800">Price sync history</h2>
      {syncLog.length === 0 ? (
        <p className="text-sm text-slate-500">No changes from the provider yet.</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th className={th}>When</th>
              <th className={th}>Field</th>
              <th className={th}>Old → new</th>
              <th className={th}>Why</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {syncLog.map((row) => (
              <tr key={row.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(row.createdAt)}</td>
                <td className={td}>{row.field}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{row.oldValue ?? "—"} → {row.newValue ?? "—"}</td>
                <td className={td}>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
