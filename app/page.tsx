import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { buttonClass } from "@/components/ui/button-class";
import { homeFor } from "@/lib/auth/home";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { panelName, signupOpen, publicServices } = await getSettings();
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <h1 className="text-3xl font-semibold sm:text-4xl">{panelName}</h1>
      <p className="mt-3 max-w-md text-slate-600">{t("landing.tagline")}</p>
      <div className="mt-8 flex gap-3">
        <Link href="/login" className={buttonClass("primary")}>
          {t("common.signIn")}
        </Link>
        {signupOpen && (
          <Link href="/signup" className={buttonClass("secondary")}>
            {t("landing.createAccount")}
          </Link>
        )}
      </div>
      {publicServices && (
        <Link href="/catalog" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
          {t("landing.browseServices")}
        </Link>
      )}
      <LocaleSwitcher className="mt-10" />
    </main>
  );
}
