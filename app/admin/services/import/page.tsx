import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportPreview, type ImportGroupView } from "@/components/catalog/import-preview";
import { unitLabel } from "@/components/catalog/rule-label";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireAdminPage } from "@/lib/auth/session";
import { formatInCurrency, formatRate } from "@/lib/format";
import { listCategories } from "@/lib/catalog/categories";
import { previewImport, type ImportPreview as Preview } from "@/lib/catalog/import-services";
import { isExpectedError } from "@/lib/errors";
import { idParam, type SearchParams } from "@/lib/http/url-filters";
import { listProviders } from "@/lib/providers/list-providers";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminServices"))("import.title") };
}

export default async function ImportServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const providerId = idParam(await searchParams, "provider");
  const [providers, categories, settings, t, locale] = await Promise.all([
    listProviders(),
    listCategories(),
    getSettings(),
    getTranslations("adminServices"),
    getLocale(),
  ]);

  let preview: Preview | null = null;
  let failure: string | null = null;
  if (providerId) {
    try {
      preview = await previewImport(providerId);
    } catch (error) {
      if (!isExpectedError(error)) throw error;
      failure = error.message;
    }
  }
  const money = (units: bigint) => formatRate(units, settings, locale);
  // A provider pricing in another currency: the panel-currency cost first, its own figure beside it.
  const foreign =
    preview?.provider.currency && preview.provider.currency !== settings.currencyCode
      ? preview.provider.currency
      : null;
  const cost = (item: { rate: bigint; cost: bigint }) =>
    foreign ? `${money(item.cost)} (${formatInCurrency(item.rate, foreign, locale)})` : money(item.rate);
  const groups: ImportGroupView[] =
    preview?.groups.map((group) => ({
      category: group.category,
      items: group.items.map((item) => ({
        externalId: item.externalId,
        name: item.name,
        type: item.type,
        knownType: item.knownType,
        rate: cost(item),
        suggested: money(item.suggestedRate),
        unit: unitLabel(t, item.type),
        min: item.min,
        max: item.max,
        refill: item.refill,
        cancel: item.cancel,
        dripfeed: item.dripfeed,
        status: item.status,
        changes: item.changes.map((c) => `${c.field}: ${c.from} → ${c.to}`),
        importedAs: item.importedAs.map((s) => s.id),
      })),
    })) ?? [];

  return (
    <>
      <PageHeader
        title={t("import.title")}
        description={
          <Link href="/admin/services" className="text-brand-700 hover:underline">
            {t("allServices")}
          </Link>
        }
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="mb-1 block text-sm font-medium text-slate-700">{t("import.provider")}</span>
          <select
            name="provider"
            defaultValue={providerId ?? ""}
            className={`${inputClass} !w-64`}
            data-testid="import-provider"
          >
            <option value="" disabled>
              {t("import.chooseProvider")}
            </option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("import.load")}
        </button>
      </form>
      {providers.length === 0 && (
        <EmptyState title={t("import.noProviders")}>
          {t.rich("import.addProviderFirst", {
            link: (chunks) => (
              <Link href="/admin/providers/new" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      )}
      {failure && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      {preview && (
        <ImportPreview
          providerId={preview.provider.id}
          providerName={preview.provider.name}
          groups={groups}
          counts={preview.counts}
          invalid={preview.invalid.map((i) =>
            t("import.invalidEntry", { number: i.index + 1, reason: i.reason }),
          )}
          categoryNames={categories.map((c) => c.name)}
        />
      )}
    </>
  );
}
