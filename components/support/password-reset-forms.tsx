"use client";
// Forgot password (ask for a link; the answer is the same for any address) and reset (a new
// password for the link's token; every session ends).
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/public/password-reset";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

const link = "font-medium text-brand-600 hover:underline";

export function ForgotPasswordForm() {
  const t = useTranslations("support");
  const [sent, setSent] = useState(false);
  const { pending, error, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const result = await submit(() => requestPasswordResetAction({ email }));
    if (!result.ok) return;
    setSent(true);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">{t("forgot.title")}</h1>
      {sent ? (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" role="status">
          {t("forgot.sent")}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("forgot.intro")}</p>
          <Field
            label={t("forgot.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            error={error?.message}
          />
          <Button type="submit" loading={pending} className="w-full">
            {t("forgot.submit")}
          </Button>
        </>
      )}
      <p className="text-center text-sm">
        <Link href="/login" className={link}>
          {t("forgot.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("support");
  const [done, setDone] = useState(false);
  const { pending, error, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    const result = await submit(() => resetPasswordAction({ token, password }));
    if (!result.ok) return;
    setDone(true);
  }

  if (done) {
    return (
      <div className="space-y-4">
        <h1 className="text-lg font-semibold">{t("reset.title")}</h1>
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" role="status">
          {t("reset.done")}
        </p>
        <p className="text-center text-sm">
          <Link href="/login" className={link}>
            {t("reset.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">{t("reset.title")}</h1>
      <Field
        label={t("reset.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("reset.hint")}
        error={error?.message}
      />
      <Button type="submit" loading={pending} className="w-full">
        {t("reset.submit")}
      </Button>
    </form>
  );
}

export function InvalidResetLink() {
  const t = useTranslations("support");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{t("reset.title")}</h1>
      <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
        {t("reset.invalid")}
      </p>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className={link}>
          {t("reset.askAgain")}
        </Link>
      </p>
    </div>
  );
}
