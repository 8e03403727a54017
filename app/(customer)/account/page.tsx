import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { AccountMailSettings } from "@/components/support/account-mail-settings";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslations } from "next-intl/server";
import { getMailPreferences } from "@/lib/users/mail-preferences";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const [settings, mail, ts] = await Promise.all([getSettings(), getMailPreferences(user.id), getTranslations("support.account")]);
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
      <Card title={ts("mailsTitle")} className="mt-6">
        <AccountMailSettings {...mail} />
      </Card>
      <Card title="Password" className="mt-6">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
