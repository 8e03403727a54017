import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { homeFor } from "@/lib/auth/home";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("common"))("signUp") };
}

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { signupOpen } = await getSettings();
  if (!signupOpen) {
    const t = await getTranslations("auth");
    return <p className="text-sm text-slate-600">{t("signupClosed")}</p>;
  }
  return <SignUpForm />;
}
