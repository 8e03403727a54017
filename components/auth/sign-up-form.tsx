"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signUpAction } from "@/lib/actions/public/sign-up";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { localizeError } from "@/i18n/error-text";
import { signUpSchema } from "@/lib/validations/user";

type Errors = Partial<Record<"email" | "password" | "form", string>>;

export function SignUpForm() {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues)
        next[issue.path[0] as "email" | "password"] ??= localizeError(t, issue.message);
      setErrors(next);
      return;
    }
    setPending(true);
    setErrors({});
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setErrors(
        result.field === "email" || result.field === "password"
          ? { [result.field]: result.error }
          : { form: result.error },
      );
      return;
    }
    await signIn("credentials", { redirect: false, ...input });
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">{t("auth.signUpTitle")}</h1>
      {errors.form && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {errors.form}
        </p>
      )}
      <Field
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        error={errors.email}
        required
      />
      <Field
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint={t("auth.passwordHint")}
        required
      />
      <Button type="submit" loading={pending} className="w-full">
        {t("common.signUp")}
      </Button>
      <p className="text-center text-sm text-slate-500">
        {t("auth.haveAccount")}{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          {t("common.signIn")}
        </Link>
      </p>
    </form>
  );
}
