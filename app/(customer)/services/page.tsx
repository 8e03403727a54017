import { CatalogTable } from "@/components/catalog/catalog-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { toCatalogView } from "@/lib/catalog/catalog-view";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Services" };

export default async function ServicesPage() {
  const user = await requireUser();
  const [categories, settings] = await Promise.all([listCatalog({ userId: user.id }), getSettings()]);
  return (
    <>
      <PageHeader title="Services" description={`Your prices in ${settings.currencyCode}, per 1000 unless marked per order.`} />
      {categories.length === 0 ? (
        <EmptyState title="No services yet">The catalog is being prepared. Please check back soon.</EmptyState>
      ) : (
        <CatalogTable categories={toCatalogView(categories, settings)} orderPath="/new-order" />
      )}
    </>
  );
}
