import { getLocale, getTranslations } from "next-intl/server";
import { ApiDocs } from "@/components/api-access/api-docs";
import { ApiKeyPanel } from "@/components/api-access/api-key-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { serviceIdsByType } from "@/lib/catalog/list-catalog";
import { formatDateTime } from "@/lib/format";
import { requestOrigin } from "@/lib/http/request-origin";
import { getApiKeyInfo } from "@/lib/reseller-api/api-keys";
import { apiLimitsFromEnv } from "@/lib/reseller-api/limits";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("apiAccess"))("title") };
}

export default async function ApiAccessPage() {
  const user = await requireUser();
  const [info, settings, url, serviceIds, t, locale] = await Promise.all([
    getApiKeyInfo(user.id),
    getSettings(),
    requestOrigin().then((origin) => `${origin}/api/v2`),
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
      <ApiDocs
        url={url}
        currency={settings.currencyCode}
        limits={apiLimitsFromEnv()}
        serviceIds={serviceIds}
      />
    </>
  );
}
