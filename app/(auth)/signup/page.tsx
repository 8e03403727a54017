import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { homeFor } from "@/lib/auth/home";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export const metadata = { title: "Sign up" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { signupOpen } = await getSettings();
  if (!signupOpen) {
    return <p className="text-sm text-slate-600">Sign-up is closed on this panel. Ask the owner for an account.</p>;
  }
  return <SignUpForm />;
}
