"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { saveProviderAction } from "@/lib/actions/admin/providers";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type Initial = { id: number; name: string; apiUrl: string; lowBalanceThreshold: string; keyStatus: string };

export function ProviderForm({ initial }: { initial?: Initial }) {
  const t = useTranslations("adminProviders.form");
  const router = useRouter();
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      apiUrl: String(form.get("apiUrl") ?? ""),
      apiKey: String(form.get("apiKey") ?? ""),
      lowBalanceThreshold: String(form.get("lowBalanceThreshold") ?? ""),
    };
    const result = await submit(() => saveProviderAction(initial?.id ?? null, input));
    if (!result.ok) return;
    const saved = initial ? t("saved") : t("added");
    if (result.data.failure)
      toast.warning(t("testFailed", { saved, failure: result.data.failure }), { duration: 10_000 });
    else toast.success(t("testPassed", { saved }));
    router.push(initial ? `/admin/providers/${initial.id}` : "/admin/providers");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <Field label={t("name")} name="name" defaultValue={initial?.name} error={fieldError("name")} required />
      <Field
        label={t("apiUrl")}
        name="apiUrl"
        type="url"
        placeholder={t("apiUrlPlaceholder")}
        defaultValue={initial?.apiUrl}
        error={fieldError("apiUrl")}
        required
      />
      <Field
        label={t("apiKey")}
        name="apiKey"
        type="password"
        autoComplete="off"
        placeholder={initial ? t("keepKey") : ""}
        hint={initial ? t("storedKey", { status: initial.keyStatus }) : t("newKey")}
        error={fieldError("apiKey")}
      />
      <Field
        label={t("lowBalance")}
        name="lowBalanceThreshold"
        inputMode="decimal"
        placeholder={t("lowBalancePlaceholder")}
        defaultValue={initial?.lowBalanceThreshold}
        hint={t("lowBalanceHint")}
        error={fieldError("lowBalanceThreshold")}
      />
      <Button type="submit" loading={pending}>
        {initial ? t("save") : t("add")}
      </Button>
    </form>
  );
}
