import { getLocale, getTranslations } from "next-intl/server";
import { NewOrderForm, type FormCategory } from "@/components/orders/new-order-form";
import { PageHeader } from "@/components/ui/card";
import { AnnouncementsBanner } from "@/components/support/announcements-banner";
import { activeAnnouncementsFor } from "@/lib/announcements/announcements";
import { requireUser } from "@/lib/auth/session";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { getDisplayCurrency } from "@/lib/currency/display-currency";
import { formatCurrency } from "@/lib/format";
import { idParam, type SearchParams } from "@/lib/http/url-filters";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("newOrder"))("title") };
}

export default async function NewOrderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [catalog, settings, display, announcements, t, locale] = await Promise.all([
    listCatalog({ userId: user.id }),
    getSettings(),
    getDisplayCurrency(user.id),
    activeAnnouncementsFor(user.id),
    getTranslations("newOrder"),
    getLocale(),
  ]);
  const categories: FormCategory[] = catalog.map((c) => ({
    id: c.id,
    name: c.name,
    services: c.services.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      rate: s.rate.toString(),
      min: s.min,
      max: s.max,
      refill: s.refill,
      cancel: s.cancel,
      dripfeed: s.dripfeed,
      description: s.description,
      averageSeconds: s.averageSeconds,
    })),
  }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AnnouncementsBanner announcements={announcements} />
      <NewOrderForm
        categories={categories}
        money={{ currencySymbol: settings.currencySymbol, displayDecimals: settings.displayDecimals }}
        display={display}
        balance={formatCurrency(user.balance, settings, locale)}
        balanceUnits={user.balance.toString()}
        initialServiceId={idParam(await searchParams, "service")}
      />
    </>
  );
}
