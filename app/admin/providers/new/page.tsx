import { ProviderForm } from "@/components/admin/provider-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";

export const metadata = { title: "Add provider" };

export default async function NewProviderPage() {
  await requireAdminPage();
  return (
    <>
      <PageHeader title="Add provider" description="Any panel that speaks the standard API v2 (key + action)." />
      <Card>
        <ProviderForm />
      </Card>
    </>
  );
}
