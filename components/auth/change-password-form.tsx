"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { toast } from "sonner";
import { changePasswordAction } from "@/lib/actions/customer/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { pending, error, fieldError, submit } = useActionForm();
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      changePasswordAction({
        current: String(form.get("current") ?? ""),
        next: String(form.get("next") ?? ""),
      }),
    );
    if (!result.ok) return;
    // This browser stays signed in; every other session has ended.
    toast.success(t("passwordChanged"));
    formRef.current?.reset();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      <Field
        label={t("currentPassword")}
        name="current"
        type="password"
        autoComplete="current-password"
        error={fieldError("current")}
        required
      />
      <Field
        label={t("newPassword")}
        name="next"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={error && error.field !== "current" ? error.message : undefined}
        required
      />
      <Button type="submit" loading={pending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
