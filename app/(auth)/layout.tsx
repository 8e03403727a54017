import Link from "next/link";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { getSettings } from "@/lib/settings/settings";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const { panelName } = await getSettings();
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-2xl font-semibold text-slate-900">
        {panelName}
      </Link>
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {children}
      </div>
      <LocaleSwitcher className="mt-6" />
    </div>
  );
}
