import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiDocs } from "@/components/api-access/api-docs";
import { ApiKeyPanel } from "@/components/api-access/api-key-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { serviceIdsByType } from "@/lib/catalog/list-catalog";
import { formatDateTime } from "@/lib/format";
import { getApiKeyInfo } from "@/lib/reseller-api/api-keys";
import { apiLimitsFromEnv } from "@/lib/reseller-api/limits";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("apiAccess"))("title") };
}

/** The API URL as this customer reaches the panel (behind a proxy: its forwarded host and scheme). */
async function apiUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${proto}://${host}/api/v2`;
}

export default async function ApiAccessPage() {
  const user = await requireUser();
  const [info, settings, url, serviceIds, t, locale] = await Promise.all([
    getApiKeyInfo(user.id),
    getSettings(),
    apiUrl(),
    serviceIdsByType(),
    getTranslations("apiAccess"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("yourKey")}>
        <ApiKeyPanel
          apiAccess={info.apiAccess}
          prefix={info.key?.prefix ?? null}
          createdAt={info.key ? formatDateTime(info.key.createdAt, locale) : null}
          lastUsedAt={info.key?.lastUsedAt ? formatDateTime(info.key.lastUsedAt, locale) : null}
        />
      </Card>
      <ApiDocs url={url} currency={settings.currencyCode} limits={apiLimitsFromEnv()} serviceIds={serviceIds} />
    </>
  );
}
