import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TwoFactorPanel } from "@/components/two-factor/two-factor-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getTwoFactorStatus, isTwoFactorRequired } from "@/lib/two-factor/status";

export async function generateMetadata() {
  return { title: (await getTranslations("twoFactor"))("pageTitle") };
}

export default async function SecurityPage() {
  const user = await requireUser();
  const [status, required, t, locale] = await Promise.all([
    getTwoFactorStatus(user.id),
    isTwoFactorRequired(user),
    getTranslations("twoFactor"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        description={t("pageIntro")}
        actions={
          <Link href="/account" className="text-sm font-medium text-brand-600 hover:underline">
            {t("back")}
          </Link>
        }
      />
      {required && !status.enabled && (
        <p
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          role="status"
          data-testid="two-factor-required"
        >
          {t("adminRequired")}
        </p>
      )}
      <Card title={t("cardTitle")}>
        <TwoFactorPanel
          enabled={status.enabled}
          enabledAt={status.enabledAt ? formatDate(status.enabledAt, locale) : null}
          recoveryCodesLeft={status.recoveryCodesLeft}
        />
      </Card>
    </>
  );
}
