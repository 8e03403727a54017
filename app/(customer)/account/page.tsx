import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DisplayCurrencyForm } from "@/components/currency/display-currency-form";
import { AccountMailSettings } from "@/components/support/account-mail-settings";
import { buttonClass } from "@/components/ui/button-class";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDisplayCurrencyChoice } from "@/lib/currency/display-currency";
import { formatCurrency } from "@/lib/format";
import { getSettings } from "@/lib/settings/settings";
import { TWO_FACTOR_PAGE } from "@/lib/two-factor/status";
import { getMailPreferences } from "@/lib/users/mail-preferences";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [settings, mail, display, t, ts, tf, td, locale] = await Promise.all([
    getSettings(),
    getMailPreferences(user.id),
    getDisplayCurrencyChoice(user.id),
    getTranslations("account"),
    getTranslations("support.account"),
    getTranslations("twoFactor"),
    getTranslations("displayCurrency"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Card title={t("profile")}>
        <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">{t("email")}</dt>
          <dd data-testid="account-email" className="break-all">
            {user.email}
          </dd>
          <dt className="text-slate-500">{t("balance")}</dt>
          <dd>{formatCurrency(user.balance, settings, locale)}</dd>
        </dl>
      </Card>
      <Card title={td("title")} className="mt-6">
        <DisplayCurrencyForm {...display} />
      </Card>
      <Card title={ts("mailsTitle")} className="mt-6">
        <AccountMailSettings {...mail} />
      </Card>
      <Card title={t("password")} className="mt-6">
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
