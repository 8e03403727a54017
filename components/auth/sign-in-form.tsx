"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { errorMessages, localizeError } from "@/i18n/error-text";
import { TwoFactorStep } from "./two-factor-step";

type Credentials = { email: string; password: string };

/** `returnTo`: the page that sent the visitor here (already checked to be a path on this site). */
export function SignInForm({ signupOpen, returnTo }: { signupOpen: boolean; returnTo?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  // Set once the password was right and the account asks for its two-factor code: the code
  // step sends the email and password again with the code, so no session exists before it.
  const [needsCode, setNeedsCode] = useState<Credentials>();
  const [email, setEmail] = useState("");

  async function attempt(credentials: Credentials, code?: string) {
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      redirect: false,
      ...credentials,
      ...(code === undefined ? {} : { code }),
    });
    if (!result || result.error) {
      setPending(false);
      const message =
        result?.error && result.error !== "CredentialsSignin" ? result.error : errorMessages.wrongCredentials;
      if (message === errorMessages.twoFactor.codeRequired && code === undefined)
        return setNeedsCode(credentials);
      setError(localizeError(t, message));
      return;
    }
    router.replace(returnTo ?? "/");
    router.refresh();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  }

  if (needsCode) {
    return (
      <TwoFactorStep
        error={error}
        pending={pending}
        onSubmit={(code) => void attempt(needsCode, code)}
        onBack={() => {
          setEmail(needsCode.email);
          setNeedsCode(undefined);
          setError(undefined);
        }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">{t("auth.signInTitle")}</h1>
      {error && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      <Field
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        required
      />
      <Field
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
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
