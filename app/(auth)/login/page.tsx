import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homeFor } from "@/lib/auth/home";
import { safeReturnPath } from "@/lib/auth/return-to";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const returnTo = safeReturnPath((await searchParams).next);
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homeFor(user.role));
  const { signupOpen } = await getSettings();
  return <SignInForm signupOpen={signupOpen} returnTo={returnTo} />;
}
