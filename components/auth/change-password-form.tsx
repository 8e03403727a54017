"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { toast } from "sonner";
import { changePasswordAction } from "@/app/(customer)/account/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ChangePasswordForm() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await changePasswordAction({ current: String(form.get("current") ?? ""), next: String(form.get("next") ?? "") });
    setPending(false);
    if (!result.ok) return setError({ field: result.field, message: result.error });
    toast.success("Password changed. Please sign in again.");
    await signOut({ callbackUrl: "/login" });
  }

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      <Field label="Current password" name="current" type="password" autoComplete="current-password" error={error?.field === "current" ? error.message : undefined} required />
      <Field
        label="New password"
        name="next"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters, with a letter and a digit."
        error={error && error.field !== "current" ? error.message : undefined}
        required
      />
      <Button type="submit" loading={pending}>Change password</Button>
    </form>
  );
}
