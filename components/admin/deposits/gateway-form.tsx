"use client";
// One gateway's owner settings. Secret inputs are write-only: they start empty, show only
// whether a value is stored, and an empty input keeps the stored value.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { saveGatewayAction } from "@/lib/actions/admin/deposits";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Gateway } from "@/lib/payments/gateway-settings";
import { useActionForm } from "@/components/ui/use-action-form";

export type GatewayField = {
  name: string;
  label: string;
  kind: "text" | "secret" | "boolean" | "select";
  options?: { value: string; label: string }[];
  hint?: string;
};

export function GatewayForm({
  gateway,
  fields,
  values,
}: {
  gateway: Gateway;
  fields: GatewayField[];
  values: Record<string, string | boolean>;
}) {
  const t = useTranslations("adminDeposits");
  const router = useRouter();
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: Record<string, unknown> = {};
    for (const field of fields)
      input[field.name] =
        field.kind === "boolean" ? form.get(field.name) === "on" : String(form.get(field.name) ?? "");
    const result = await submit(() => saveGatewayAction(gateway, input));
    if (!result.ok) return;
    toast.success(t("saved"));
    event.currentTarget?.reset?.();
    router.refresh();
  }
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label={t(`gateway.${gateway}`)}
    >
      {error && !fields.some((f) => f.name === error.field) && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 sm:col-span-2" role="alert">
          {error.message}
        </p>
      )}
      {fields.map((field) =>
        field.kind === "boolean" ? (
          <label
            key={field.name}
            className="flex items-center gap-2 text-sm font-medium text-slate-700 sm:col-span-2"
          >
            <input type="checkbox" name={field.name} defaultChecked={values[field.name] === true} />
            {field.label}
          </label>
        ) : field.kind === "select" ? (
          <div key={field.name}>
            <label
              htmlFor={`${gateway}-${field.name}`}
              className="mb-1 block text-sm font-medium text-slate-700"
            >
              {field.label}
            </label>
            <select
              id={`${gateway}-${field.name}`}
              name={field.name}
              defaultValue={String(values[field.name] ?? "")}
              className={inputClass}
            >
              {field.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <Field
            key={field.name}
            label={field.label}
            name={field.name}
            type={field.kind === "secret" ? "password" : "text"}
            autoComplete={field.kind === "secret" ? "new-password" : "off"}
            defaultValue={field.kind === "secret" ? "" : String(values[field.name] ?? "")}
            hint={
              field.kind === "secret"
                ? t("secretSet", { state: String(values[field.name] ?? "") })
                : field.hint
            }
            error={fieldError(field.name)}
          />
        ),
      )}
      <div className="sm:col-span-2">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
