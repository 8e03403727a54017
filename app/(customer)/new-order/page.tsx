import { getLocale, getTranslations } from "next-intl/server";
import { NewOrderForm } from "@/components/orders/new-order-form";
import { PageHeader } from "@/components/ui/card";
import { AnnouncementsBanner } from "@/components/support/announcements-banner";
import { activeAnnouncementsFor } from "@/lib/announcements/announcements";
import { requireUser } from "@/lib/auth/session";
import { listCatalog, toClientCatalog } from "@/lib/catalog/list-catalog";
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
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AnnouncementsBanner announcements={announcements} />
      <NewOrderForm
        categories={toClientCatalog(catalog)}
        money={{ currencySymbol: settings.currencySymbol, displayDecimals: settings.displayDecimals }}
        display={display}
        balance={formatCurrency(user.balance, settings, locale)}
        balanceUnits={user.balance.toString()}
        initialServiceId={idParam(await searchParams, "service")}
      />
    </>
  );
}
