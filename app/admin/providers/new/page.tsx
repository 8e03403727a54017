import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/admin/provider-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("adminProviders"))("new.title") };
}

export default async function NewProviderPage() {
  await requireAdminPage();
  const t = await getTranslations("adminProviders.new");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <ProviderForm />
      </Card>
    </>
  );
}
