import Link from "next/link";
import { CategoryEditor } from "@/components/catalog/category-editor";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { listCategories } from "@/lib/catalog/categories";
import { formatPercentBps } from "@/lib/catalog/markup";
import { formatMoney, parseMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Categories" };

export default async function CategoriesPage() {
  await requireAdminPage();
  const [categories, settings] = await Promise.all([listCategories(), getSettings()]);
  const fixed = (parseMoney(settings.defaultMarkupFixed) ?? 0n) > 0n ? ` + ${settings.defaultMarkupFixed} per 1000` : "";
  return (
    <>
      <PageHeader
        title="Categories"
        description={
          <>
            <Link href="/admin/services" className="text-brand-700 hover:underline">← All services</Link>
            <span className="ml-2">Customers see categories in this order. Empty markup fields use the default ({settings.defaultMarkupPercent}%{fixed}).</span>
          </>
        }
      />
      <CategoryEditor
        categories={categories.map((c) => ({
          id: c.id,
          name: c.name,
          sortOrder: String(c.sortOrder),
          markupPercent: c.markupPercent === null ? "" : formatPercentBps(c.markupPercent),
          markupFixed: c.markupFixed === null ? "" : formatMoney(c.markupFixed).replace(/\.?0+$/, ""),
          serviceCount: c.serviceCount,
        }))}
      />
    </>
  );
}
