import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CategoryEditor } from "@/components/catalog/category-editor";
import { PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { listCategories } from "@/lib/catalog/categories";
import { formatPercentBps } from "@/lib/catalog/markup";
import { formatMoney, parseMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("adminServices"))("categories.title") };
}

export default async function CategoriesPage() {
  await requireAdminPage();
  const [categories, settings, t] = await Promise.all([
    listCategories(),
    getSettings(),
    getTranslations("adminServices"),
  ]);
  const percent = settings.defaultMarkupPercent;
  const rule =
    (parseMoney(settings.defaultMarkupFixed) ?? 0n) > 0n
      ? t("categories.descriptionFixed", { percent, fixed: settings.defaultMarkupFixed })
      : t("categories.description", { percent });
  return (
    <>
      <PageHeader
        title={t("categories.title")}
        description={
          <>
            <Link href="/admin/services" className="text-brand-700 hover:underline">
              {t("allServices")}
            </Link>
            <span className="ml-2">{rule}</span>
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
