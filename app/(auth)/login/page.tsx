import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homeFor } from "@/lib/auth/home";
import { safeReturnPath } from "@/lib/auth/return-to";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("common"))("signIn") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const returnTo = safeReturnPath((await searchParams).next);
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homeFor(user.role));
  const { signupOpen } = await getSettings();
  return <SignInForm signupOpen={signupOpen} returnTo={returnTo} />;
}
