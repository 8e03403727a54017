"use client";
// Sign-in's second step, after a correct password on an account with two-factor sign-in: a code
// from the app, or one of the recovery codes.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Props = { error?: string; pending: boolean; onSubmit(code: string): void; onBack(): void };

export function TwoFactorStep({ error, pending, onSubmit, onBack }: Props) {
  const t = useTranslations("twoFactor.signIn");
  const [recovery, setRecovery] = useState(false);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get("code") ?? ""));
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{recovery ? t("recoveryIntro") : t("intro")}</p>
      </div>
      {error && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      <Field
        key={recovery ? "recovery" : "app"}
        label={recovery ? t("recoveryCode") : t("code")}
        name="code"
        inputMode={recovery ? "text" : "numeric"}
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={recovery ? 40 : 7}
        className="[&_input]:font-mono [&_input]:tracking-widest"
        autoFocus
        required
      />
      <Button type="submit" loading={pending} className="w-full">
        {t("verify")}
      </Button>
      <div className="flex flex-col items-center gap-2 text-sm">
        <button
          type="button"
          className="font-medium text-brand-600 hover:underline"
          onClick={() => setRecovery(!recovery)}
        >
          {recovery ? t("useApp") : t("useRecovery")}
        </button>
        <button type="button" className="text-slate-500 hover:underline" onClick={onBack}>
          {t("back")}
        </button>
      </div>
    </form>
  );
}
