import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { verifyEmail } from "@/lib/auth/email-verification";
import { firstParam, type SearchParams } from "@/lib/http/url-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("verify.title") };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("support.verify");
  const ok = await verifyEmail(firstParam(await searchParams, "token", 200) ?? "");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p
        className={`rounded-md px-3 py-2 text-sm ${ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}
        role="status"
      >
        {ok ? t("ok") : t("invalid")}
      </p>
      <p className="text-center text-sm">
        <Link href="/" className="font-medium text-brand-600 hover:underline">
          {t("continue")}
        </Link>
      </p>
    </div>
  );
}
