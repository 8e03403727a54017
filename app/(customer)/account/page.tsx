import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { formatCurrency } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";
import { TWO_FACTOR_PAGE } from "@/lib/two-factor/status";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const settings = await getSettings();
  const tf = await getTranslations("twoFactor");
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
      <Card title={tf("cardTitle")} className="mt-6">
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <p className="text-slate-700">{user.twoFactor ? tf("statusOn") : tf("statusOff")}</p>
          <Link href={TWO_FACTOR_PAGE} className={buttonClass("secondary")}>
            {tf("manage")}
          </Link>
        </div>
      </Card>
    </>
  );
}
