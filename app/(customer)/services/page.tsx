import { getLocale, getTranslations } from "next-intl/server";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { toCatalogView } from "@/lib/catalog/catalog-view";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { getDisplayCurrency } from "@/lib/currency/display-currency";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage() {
  const user = await requireUser();
  const [categories, settings, display, t, locale] = await Promise.all([
    listCatalog({ userId: user.id }),
    getSettings(),
    getDisplayCurrency(user.id),
    getTranslations("services"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { currency: settings.currencyCode })} />
      {categories.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <CatalogTable
          categories={toCatalogView(categories, settings, locale, display)}
          orderPath="/new-order"
        />
      )}
    </>
  );
}
