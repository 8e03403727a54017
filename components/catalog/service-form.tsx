"use client";
// Edit one panel service: name, description, category, order, limits, pricing mode.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { updateServiceAction } from "@/lib/actions/admin/services";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ServiceUpdateInput } from "@/lib/validations/catalog";
import { useActionForm } from "@/components/ui/use-action-form";

type Pricing = "rule" | "markup" | "manual";
type Initial = Omit<ServiceUpdateInput, "categoryId" | "sortOrder" | "min" | "max" | "pricing"> & {
  categoryId: string;
  sortOrder: string;
  min: string;
  max: string;
  pricing: Pricing;
};

export function ServiceForm({
  id,
  unit,
  initial,
  categories,
  providerLimits,
}: {
  id: number;
  unit: string;
  initial: Initial;
  categories: Array<{ id: number; name: string }>;
  providerLimits: { min: number; max: number };
}) {
  const t = useTranslations("adminServices.form");
  const router = useRouter();
  const { pending, error, fieldError, submit } = useActionForm();
  const [pricing, setPricing] = useState<Pricing>(initial.pricing);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const input: ServiceUpdateInput = {
      name: text("name"),
      description: text("description"),
      categoryId: text("categoryId"),
      sortOrder: text("sortOrder"),
      min: text("min"),
      max: text("max"),
      pricing,
      markupPercent: text("markupPercent"),
      markupFixed: text("markupFixed"),
      manualRate: text("manualRate"),
      allowBelowCost: form.get("allowBelowCost") === "on",
      refillDays: text("refillDays"),
    };
    const result = await submit(() => updateServiceAction(id, input));
    if (!result.ok) return;
    toast.success(t("saved"));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <Field label={t("name")} name="name" defaultValue={initial.name} error={fieldError("name")} required />
      <div>
        <label htmlFor="description" className="mb-1 block text-sm font-medium text-slate-700">
          {t("description")}
        </label>
        <textarea
          id="description"
          name="description"
          rows={4}
          defaultValue={initial.description as string}
          className={inputClass}
        />
        {fieldError("description") && (
          <p className="mt-1 text-sm text-red-600" role="alert">
            {fieldError("description")}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="categoryId" className="mb-1 block text-sm font-medium text-slate-700">
            {t("category")}
          </label>
          <select id="categoryId" name="categoryId" defaultValue={initial.categoryId} className={inputClass}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fieldError("categoryId") && (
            <p className="mt-1 text-sm text-red-600" role="alert">
              {fieldError("categoryId")}
            </p>
          )}
        </div>
        <Field
          label={t("sortOrder")}
          name="sortOrder"
          inputMode="numeric"
          defaultValue={initial.sortOrder}
          error={fieldError("sortOrder")}
          hint={t("sortOrderHint")}
        />
        <Field
          label={t("min")}
          name="min"
          inputMode="numeric"
          defaultValue={initial.min}
          error={fieldError("min")}
          hint={t("providerMin", { min: providerLimits.min })}
        />
        <Field
          label={t("max")}
          name="max"
          inputMode="numeric"
          defaultValue={initial.max}
          error={fieldError("max")}
          hint={t("providerMax", { max: providerLimits.max })}
        />
      </div>

      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">{t("price")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["rule", "markup", "manual"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="pricing"
                value={value}
                checked={pricing === value}
                onChange={() => setPricing(value)}
              />{" "}
              {t(`pricing.${value}`)}
            </label>
          ))}
        </div>
        {pricing === "markup" && (
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <Field
              label={t("markupPercent")}
              name="markupPercent"
              inputMode="decimal"
              defaultValue={initial.markupPercent as string}
              error={fieldError("markupPercent")}
              placeholder={t("markupPercentPlaceholder")}
            />
            <Field
              label={t("markupFixed", { unit })}
              name="markupFixed"
              inputMode="decimal"
              defaultValue={initial.markupFixed as string}
              error={fieldError("markupFixed")}
              placeholder={t("markupFixedPlaceholder")}
            />
          </div>
        )}
        {pricing === "manual" && (
          <div className="mt-3">
            <Field
              label={t("manualRate", { unit })}
              name="manualRate"
              inputMode="decimal"
              defaultValue={initial.manualRate as string}
              error={fieldError("manualRate")}
              placeholder={t("manualRatePlaceholder")}
            />
          </div>
        )}
        <label className="mt-3 flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="allowBelowCost" defaultChecked={initial.allowBelowCost} />{" "}
          {t("allowBelowCost")}
        </label>
      </fieldset>

      <Field
        label={t("refillDays")}
        name="refillDays"
        inputMode="numeric"
        defaultValue={initial.refillDays as string}
        error={fieldError("refillDays")}
        hint={t("refillDaysHint")}
      />
      <Button type="submit" loading={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
