"use client";
// Chooses the page language. The choice is saved (account or cookie) and the page re-renders.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { changeLocaleAction } from "@/i18n/actions";
import { localeNames, locales } from "@/i18n/locales";

export function LocaleSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function onChange(event: React.ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    startTransition(async () => {
      await changeLocaleAction(next);
      router.refresh();
    });
  }

  return (
    <select
      aria-label={t("language")}
      value={locale}
      onChange={onChange}
      disabled={pending}
      className={`rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 ${className}`}
    >
      {locales.map((code) => (
        <option key={code} value={code} lang={code}>
          {localeNames[code]}
        </option>
      ))}
    </select>
  );
}
