import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("pageNotFound")}</h1>
      <Link href="/" className="mt-4 text-brand-600 hover:underline">
        {t("goHome")}
      </Link>
    </main>
  );
}
