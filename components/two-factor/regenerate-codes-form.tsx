"use client";
// New recovery codes, behind the password: the old ones stop working at once.
import { useTranslations } from "next-intl";
import { regenerateRecoveryCodesAction } from "@/lib/actions/customer/two-factor";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function RegenerateCodesForm({ onCodes }: { onCodes(codes: string[]): void }) {
  const t = useTranslations("twoFactor");
  const { pending, error, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      regenerateRecoveryCodesAction({ password: String(form.get("password") ?? "") }),
    );
    if (!result.ok) return;
    onCodes(result.data.recoveryCodes);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4 border-t border-slate-100 pt-4" noValidate>
      <div>
        <h3 className="font-medium text-slate-800">{t("regenerateTitle")}</h3>
        <p className="mt-1 text-slate-600">{t("regenerateIntro")}</p>
      </div>
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        error={error?.message}
        required
      />
      <Button type="submit" variant="secondary" loading={pending}>
        {t("regenerate")}
      </Button>
    </form>
  );
}
