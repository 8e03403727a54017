import Link from "next/link";
import { AdminServicesTable, type AdminServiceView } from "@/components/catalog/admin-services-table";
import { SyncPricesButton } from "@/components/catalog/sync-prices-button";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireAdminPage } from "@/lib/auth/session";
import { formatInCurrency, formatRate } from "@/lib/format";
import { listCategories } from "@/lib/catalog/categories";
import { listAdminServices } from "@/lib/catalog/list-admin-services";
import { describeRule, formatPercentBps } from "@/lib/catalog/markup";
import { rateUnit } from "@/lib/catalog/service-types";
import { enumParam, firstParam, idParam, type SearchParams } from "@/lib/http/url-filters";
import { listProviders } from "@/lib/providers/list-providers";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Services" };

export default async function AdminServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const params = await searchParams;
  const filters = {
    providerId: idParam(params, "provider"),
    categoryId: idParam(params, "category"),
    enabled: enumParam(params, "enabled", ["yes", "no"] as const),
    belowCost: firstParam(params, "belowCost") === "1",
    q: firstParam(params, "q", 100),
  };
  const [services, categories, providers, settings, belowCost] = await Promise.all([
    listAdminServices(filters),
    listCategories(),
    listProviders(),
    getSettings(),
    listAdminServices({ belowCost: true }),
  ]);
  const money = (units: bigint) => formatRate(units, settings);
  const rows: AdminServiceView[] = services.map((s) => ({
    id: s.id,
    name: s.name,
    type: s.type,
    unit: rateUnit(s.type),
    enabled: s.enabled,
    available: s.available,
    categoryName: s.categoryName,
    providerName: s.providerName,
    externalId: s.externalId,
    min: s.min,
    max: s.max,
    cost: s.providerCost ? `${money(s.cost)} (${formatInCurrency(s.providerCost.units, s.providerCost.currency)})` : money(s.cost),
    price: money(s.rate),
    margin: `${s.margin.units < 0n ? "" : "+"}${money(s.margin.units)}${s.margin.bps === null ? "" : ` (${s.margin.bps < 0 ? "-" : ""}${formatPercentBps(Math.abs(s.margin.bps))}%)`}`,
    rule: describeRule(s.rule, money),
    belowCost: s.belowCost,
    allowBelowCost: s.allowBelowCost,
    roundingDistorts: s.roundingDistorts,
    rateMissing: s.rateMissing,
  }));
  const flagged = belowCost.filter((s) => !s.allowBelowCost);

  return (
    <>
      <PageHeader
        title="Services"
        description="Your catalog: what customers can order, at which price, from which provider."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/services/categories" className={buttonClass("secondary")}>Categories</Link>
            <Link href="/admin/services/sync-log" className={buttonClass("secondary")}>Sync log</Link>
            <SyncPricesButton />
            <Link href="/admin/services/import" className={buttonClass()}>Import services</Link>
          </div>
        }
      />
      {flagged.length > 0 && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          {flagged.length} {flagged.length === 1 ? "service is" : "services are"} priced below the provider&apos;s cost.{" "}
          <Link href="/admin/services?belowCost=1" className="font-medium underline">Review</Link>
        </p>
      )}
      <form className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]" method="get">
        <input name="q" defaultValue={filters.q} placeholder="Name or ID" className={inputClass} aria-label="Search" />
        <select name="provider" defaultValue={filters.providerId ?? ""} className={inputClass} aria-label="Provider">
          <option value="">All providers</option>
          {providers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <select name="category" defaultValue={filters.categoryId ?? ""} className={inputClass} aria-label="Category">
          <option value="">All categories</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <select name="enabled" defaultValue={filters.enabled ?? ""} className={inputClass} aria-label="Enabled">
          <option value="">Any status</option>
          <option value="yes">Enabled</option>
          <option value="no">Disabled</option>
        </select>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 whitespace-nowrap text-sm text-slate-700">
            <input type="checkbox" name="belowCost" value="1" defaultChecked={filters.belowCost} /> Below cost
          </label>
          <button type="submit" className={buttonClass("secondary", "py-1.5")}>Filter</button>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={Object.values(filters).some(Boolean) ? "No service matches these filters" : "No services yet"}>
          <Link href="/admin/services/import" className="text-brand-700 underline">Import services from a provider</Link>
        </EmptyState>
      ) : (
        <AdminServicesTable rows={rows} categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
      )}
    </>
  );
}
