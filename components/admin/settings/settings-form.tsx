"use client";
// Every panel setting, grouped, with an input that fits its type; saved together.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { saveSettingsAction } from "@/lib/actions/admin/settings";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import type { SettingField } from "@/lib/settings/settings-fields";
import { useActionForm } from "@/components/ui/use-action-form";

type Value = string | number | boolean | string[];

function readValue(field: SettingField, form: FormData): Value {
  const raw = form.get(field.key);
  if (field.kind === "boolean") return raw === "on";
  if (field.kind === "list")
    return String(raw ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  return String(raw ?? "");
}

export function SettingsForm({ fields, values }: { fields: SettingField[]; values: Record<string, Value> }) {
  const t = useTranslations("adminSettings");
  const router = useRouter();
  const { pending, error, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(fields.map((f) => [f.key, readValue(f, form)]));
    const result = await submit(() => saveSettingsAction(input));
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    toast.success(
      result.data.changed.length ? t("saved", { count: result.data.changed.length }) : t("nothingChanged"),
    );
    router.refresh();
  }

  const groups = [...new Set(fields.map((f) => f.group))];
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate aria-label={t("formLabel")}>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      {groups.map((group) => (
        <Card key={group} title={t(`groups.${group}`)}>
          <div className="grid gap-4 md:grid-cols-2">
            {fields
              .filter((f) => f.group === group)
              .map((field) => (
                <SettingInput
                  key={field.key}
                  field={field}
                  value={values[field.key]}
                  error={error?.field?.split(".")[0] === field.key ? error.message : undefined}
                />
              ))}
          </div>
        </Card>
      ))}
      <div className="sticky bottom-0 -mx-1 flex justify-end border-t border-slate-200 bg-slate-50/95 px-1 py-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

/** A setting's label, hint and option names from the catalog; a key it lacks shows its key in words. */
function useSettingText(key: string) {
  const t = useTranslations("adminSettings.fields");
  const text = (path: string) => (t.has(`${key}.${path}`) ? t(`${key}.${path}`) : undefined);
  return {
    label: text("label"),
    hint: text("hint"),
    option: (value: string) => text(`options.${value}`) ?? value,
  };
}

function SettingInput({
  field,
  value,
  error,
}: {
  field: SettingField;
  value: Value | undefined;
  error?: string;
}) {
  const text = useSettingText(field.key);
  const label = text.label ?? field.label;
  const id = `setting-${field.key}`;
  const describedBy = error || text.hint ? `${id}-note` : undefined;
  const common = {
    id,
    name: field.key,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  const wide = field.kind === "multiline" || field.kind === "list";

  if (field.kind === "boolean") {
    return (
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          {...common}
          defaultChecked={value === true}
          className="mt-1 size-4 rounded border-slate-300"
        />
        <div>
          <label htmlFor={id} className="text-sm font-medium text-slate-700">
            {label}
          </label>
          <Note id={`${id}-note`} error={error} hint={text.hint} />
        </div>
      </div>
    );
  }
  return (
    <div className={wide ? "md:col-span-2" : ""}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {field.kind === "select" ? (
        <select {...common} defaultValue={String(value ?? "")} className={inputClass}>
          {field.options?.map((o) => (
            <option key={o} value={o}>
              {text.option(o)}
            </option>
          ))}
        </select>
      ) : field.kind === "multiline" || field.kind === "list" ? (
        <textarea
          {...common}
          rows={field.kind === "list" ? 4 : 8}
          defaultValue={Array.isArray(value) ? value.join("\n") : String(value ?? "")}
          className={`${inputClass} font-mono`}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={field.kind === "number" ? "numeric" : undefined}
          defaultValue={String(value ?? "")}
          className={inputClass}
        />
      )}
      <Note id={`${id}-note`} error={error} hint={text.hint} />
    </div>
  );
}

function Note({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  if (error)
    return (
      <p id={id} className="mt-1 text-sm text-red-600" role="alert">
        {error}
      </p>
    );
  return hint ? (
    <p id={id} className="mt-1 text-xs text-slate-500">
      {hint}
    </p>
  ) : null;
}
