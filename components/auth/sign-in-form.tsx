"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { errorMessages, localizeError } from "@/i18n/error-text";

export function SignInForm({ signupOpen }: { signupOpen: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (!result || result.error) {
      setPending(false);
      setError(localizeError(t, result?.error && result.error !== "CredentialsSignin" ? result.error : errorMessages.wrongCredentials));
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">{t("auth.signInTitle")}</h1>
      {error && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      <Field label={t("auth.email")} name="email" type="email" autoComplete="email" required />
      <Field label={t("auth.password")} name="password" type="password" autoComplete="current-password" required />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">
          {t("support.forgot.link")}
        </Link>
      </p>
      <Button type="submit" loading={pending} className="w-full">
        {t("common.signIn")}
      </Button>
      {signupOpen && (
        <p className="text-center text-sm text-slate-500">
          {t("auth.noAccount")}{" "}
          <Link href="/signup" className="font-medium text-brand-600 hover:underline">
            {t("common.signUp")}
          </Link>
        </p>
      )}
    </form>
  );
}
