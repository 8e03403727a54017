import { headers } from "next/headers";
import { ApiDocs } from "@/components/api-access/api-docs";
import { ApiKeyPanel } from "@/components/api-access/api-key-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { serviceIdsByType } from "@/lib/catalog/list-catalog";
import { formatDateTime } from "@/lib/format";
import { getApiKeyInfo } from "@/lib/reseller-api/api-keys";
import { apiLimitsFromEnv } from "@/lib/reseller-api/limits";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "API" };

/** The API URL as this customer reaches the panel (behind a proxy: its forwarded host and scheme). */
async function apiUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${proto}://${host}/api/v2`;
}

export default async function ApiAccessPage() {
  const user = await requireUser();
  const [info, settings, url, serviceIds] = await Promise.all([getApiKeyInfo(user.id), getSettings(), apiUrl(), serviceIdsByType()]);
  return (
    <>
      <PageHeader title="API" description="Use your panel, script or bot to order from us with the standard API v2." />
      <Card title="Your API key">
        <ApiKeyPanel
          apiAccess={info.apiAccess}
          prefix={info.key?.prefix ?? null}
          createdAt={info.key ? formatDateTime(info.key.createdAt) : null}
          lastUsedAt={info.key?.lastUsedAt ? formatDateTime(info.key.lastUsedAt) : null}
        />
      </Card>
      <ApiDocs url={url} currency={settings.currencyCode} limits={apiLimitsFromEnv()} serviceIds={serviceIds} />
    </>
  );
}
