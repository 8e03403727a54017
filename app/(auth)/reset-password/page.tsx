import { getTranslations } from "next-intl/server";
import { InvalidResetLink, ResetPasswordForm } from "@/components/support/password-reset-forms";
import { isTokenValid } from "@/lib/auth/user-tokens";
import { firstParam, type SearchParams } from "@/lib/http/url-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("support"))("reset.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam(await searchParams, "token", 200) ?? "";
  if (!(await isTokenValid(token, "password_reset"))) return <InvalidResetLink />;
  return <ResetPasswordForm token={token} />;
}
