import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminServicesTable, type AdminServiceView } from "@/components/catalog/admin-services-table";
import { ruleLabel, unitLabel } from "@/components/catalog/rule-label";
import { SyncPricesButton } from "@/components/catalog/sync-prices-button";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireAdminPage } from "@/lib/auth/session";
import { formatInCurrency, formatRate } from "@/lib/format";
import { listCategories } from "@/lib/catalog/categories";
import { listAdminServices } from "@/lib/catalog/list-admin-services";
import { formatPercentBps } from "@/lib/catalog/markup";
import { enumParam, firstParam, idParam, type SearchParams } from "@/lib/http/url-filters";
import { listProviders } from "@/lib/providers/list-providers";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminServices"))("title") };
}

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
  const [services, categories, providers, settings, belowCost, t, locale] = await Promise.all([
    listAdminServices(filters),
    listCategories(),
    listProviders(),
    getSettings(),
    listAdminServices({ belowCost: true }),
    getTranslations("adminServices"),
    getLocale(),
  ]);
  const money = (units: bigint) => formatRate(units, settings, locale);
  const rows: AdminServiceView[] = services.map((s) => ({
    id: s.id,
    name: s.name,
    type: s.type,
    unit: unitLabel(t, s.type),
    enabled: s.enabled,
    available: s.available,
    categoryName: s.categoryName,
    providerName: s.providerName,
    externalId: s.externalId,
    min: s.min,
    max: s.max,
    cost: s.providerCost
      ? `${money(s.cost)} (${formatInCurrency(s.providerCost.units, s.providerCost.currency, locale)})`
      : money(s.cost),
    price: money(s.rate),
    margin: `${s.margin.units < 0n ? "" : "+"}${money(s.margin.units)}${s.margin.bps === null ? "" : ` (${s.margin.bps < 0 ? "-" : ""}${formatPercentBps(Math.abs(s.margin.bps))}%)`}`,
    rule: ruleLabel(t, s.rule, money),
    belowCost: s.belowCost,
    allowBelowCost: s.allowBelowCost,
    roundingDistorts: s.roundingDistorts,
    rateMissing: s.rateMissing,
  }));
  const flagged = belowCost.filter((s) => !s.allowBelowCost);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/services/categories" className={buttonClass("secondary")}>
              {t("categoriesLink")}
            </Link>
            <Link href="/admin/services/sync-log" className={buttonClass("secondary")}>
              {t("syncLogLink")}
            </Link>
            <SyncPricesButton />
            <Link href="/admin/services/import" className={buttonClass()}>
              {t("importLink")}
            </Link>
          </div>
        }
      />
      {flagged.length > 0 && (
        <p
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          role="status"
        >
          {t("list.belowCostWarning", { count: flagged.length })}{" "}
          <Link href="/admin/services?belowCost=1" className="font-medium underline">
            {t("list.review")}
          </Link>
        </p>
      )}
      <form className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]" method="get">
        <input
          name="q"
          defaultValue={filters.q}
          placeholder={t("list.searchPlaceholder")}
          className={inputClass}
          aria-label={t("list.search")}
        />
        <select
          name="provider"
          defaultValue={filters.providerId ?? ""}
          className={inputClass}
          aria-label={t("list.provider")}
        >
          <option value="">{t("list.allProviders")}</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <select
          name="category"
          defaultValue={filters.categoryId ?? ""}
          className={inputClass}
          aria-label={t("list.category")}
        >
          <option value="">{t("list.allCategories")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select
          name="enabled"
          defaultValue={filters.enabled ?? ""}
          className={inputClass}
          aria-label={t("list.enabledFilter")}
        >
          <option value="">{t("list.anyStatus")}</option>
          <option value="yes">{t("list.enabled")}</option>
          <option value="no">{t("list.disabled")}</option>
        </select>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 whitespace-nowrap text-sm text-slate-700">
            <input type="checkbox" name="belowCost" value="1" defaultChecked={filters.belowCost} />{" "}
            {t("list.belowCost")}
          </label>
          <button type="submit" className={buttonClass("secondary", "py-1.5")}>
            {t("list.filter")}
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={Object.values(filters).some(Boolean) ? t("list.noMatch") : t("list.empty")}>
          <Link href="/admin/services/import" className="text-brand-700 underline">
            {t("list.importFromProvider")}
          </Link>
        </EmptyState>
      ) : (
        <AdminServicesTable rows={rows} categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
      )}
    </>
  );
}
