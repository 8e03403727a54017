import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { homeFor } from "@/lib/auth/home";
import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/settings";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { panelName, signupOpen, publicServices } = await getSettings();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <h1 className="text-3xl font-semibold sm:text-4xl">{panelName}</h1>
      <p className="mt-3 max-w-md text-slate-600">Social media marketing services: followers, likes, views and more, delivered fast.</p>
      <div className="mt-8 flex gap-3">
        <Link href="/login" className={buttonClass("primary")}>Sign in</Link>
        {signupOpen && <Link href="/signup" className={buttonClass("secondary")}>Create account</Link>}
      </div>
      {publicServices && (
        <Link href="/catalog" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
          Browse services and prices
        </Link>
      )}
    </main>
  );
}
