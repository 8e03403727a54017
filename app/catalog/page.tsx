// The public service list, for visitors who are not signed in. Only when the owner turned on
// "publicServices"; otherwise it does not exist (404). Signed-in customers get their own prices
// on /services.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyState } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { toCatalogView } from "@/lib/catalog/catalog-view";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("catalog"))("title") };
}

export default async function PublicCatalogPage() {
  const user = await getCurrentUser();
  if (user) redirect("/services");
  const settings = await getSettings();
  if (!settings.publicServices) notFound();
  const categories = await listCatalog({ userId: null });
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-slate-900">
            {settings.panelName}
          </Link>
          <nav className="flex items-center gap-2">
            <LocaleSwitcher />
            <Link href="/login" className={buttonClass("secondary", "px-3 py-1.5")}>
              {t("common.signIn")}
            </Link>
            {settings.signupOpen && (
              <Link href="/signup" className={buttonClass("primary", "px-3 py-1.5")}>
                {t("common.signUp")}
              </Link>
            )}
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-xl font-semibold text-slate-900">{t("catalog.title")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-500">
          {t("catalog.pricesNote", { currency: settings.currencyCode })}
        </p>
        {categories.length === 0 ? (
          <EmptyState title={t("catalog.noServices")} />
        ) : (
          <CatalogTable categories={toCatalogView(categories, settings, locale)} />
        )}
      </main>
    </div>
  );
}
