import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const settings = await getSettings();
  return (
    <>
      <PageHeader title="Account" />
      <Card title="Profile">
        <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">Email</dt>
          <dd data-testid="account-email">{user.email}</dd>
          <dt className="text-slate-500">Balance</dt>
          <dd>{formatCurrency(user.balance, settings)}</dd>
        </dl>
      </Card>
      <Card title="Password" className="mt-6">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
