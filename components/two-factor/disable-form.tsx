"use client";
// Turning two-factor sign-in off takes the password and a current code (or a recovery code).
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { disableTwoFactorAction } from "@/lib/actions/customer/two-factor";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function DisableTwoFactorForm({ onDisabled }: { onDisabled(): void }) {
  const t = useTranslations("twoFactor");
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      disableTwoFactorAction({
        password: String(form.get("password") ?? ""),
        code: String(form.get("code") ?? ""),
      }),
    );
    if (!result.ok) return;
    toast.success(t("disabledToast"));
    onDisabled();
  }

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4 border-t border-slate-100 pt-4" noValidate>
      <div>
        <h3 className="font-medium text-slate-800">{t("disableTitle")}</h3>
        <p className="mt-1 text-slate-600">{t("disableIntro")}</p>
      </div>
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldError("password")}
        required
      />
      <Field
        label={t("codeOrRecovery")}
        name="code"
        autoComplete="one-time-code"
        maxLength={40}
        error={error && error.field !== "password" ? error.message : undefined}
        required
      />
      <Button type="submit" variant="danger" loading={pending}>
        {t("turnOff")}
      </Button>
    </form>
  );
}
