"use client";
// Custom prices for one user: a percent off every service, or a fixed rate per 1000 for one service.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { setUserDiscountAction, setUserServiceRateAction } from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

type Service = { id: number; name: string; rate: string; perOrder: boolean };

export function PriceForms({
  userId,
  discount,
  services,
  currencySymbol,
}: {
  userId: number;
  discount: string;
  services: Service[];
  currencySymbol: string;
}) {
  const t = useTranslations("adminUsers.prices");
  const router = useRouter();
  const [busy, setBusy] = useState<"discount" | "rate">();
  const [error, setError] = useState<{ form: string; field?: string; message: string }>();

  async function saveDiscount(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const percent = String(new FormData(event.currentTarget).get("percent") ?? "");
    setBusy("discount");
    setError(undefined);
    const result = await setUserDiscountAction(userId, percent);
    setBusy(undefined);
    if (!result.ok) return setError({ form: "discount", message: result.error });
    toast.success(
      percent.trim() && Number(percent) !== 0 ? t("discountSet", { percent }) : t("discountRemoved"),
    );
    router.refresh();
  }

  async function saveRate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy("rate");
    setError(undefined);
    const rate = String(form.get("rate") ?? "");
    const result = await setUserServiceRateAction(userId, { serviceId: Number(form.get("serviceId")), rate });
    setBusy(undefined);
    if (!result.ok) return setError({ form: "rate", field: result.field, message: result.error });
    toast.success(rate.trim() ? t("rateSaved") : t("rateRemoved"));
    router.refresh();
  }

  const message = (form: string) => (error?.form === form ? error.message : undefined);
  return (
    <div className="space-y-6">
      <form
        onSubmit={saveDiscount}
        className="flex flex-wrap items-end gap-3"
        noValidate
        aria-label={t("discountForm")}
      >
        <Field
          label={t("percent")}
          name="percent"
          inputMode="decimal"
          defaultValue={discount}
          placeholder={t("percentPlaceholder")}
          className="w-48"
          error={message("discount")}
          hint={t("percentHint")}
        />
        <Button type="submit" variant="secondary" loading={busy === "discount"}>
          {t("saveDiscount")}
        </Button>
      </form>
      <form
        onSubmit={saveRate}
        className="flex flex-wrap items-end gap-3"
        noValidate
        aria-label={t("rateForm")}
      >
        <div className="min-w-56 flex-1">
          <label htmlFor="price-service" className="mb-1 block text-sm font-medium text-slate-700">
            {t("service")}
          </label>
          <select id="price-service" name="serviceId" className={inputClass} defaultValue="">
            <option value="" disabled>
              {t("pickService")}
            </option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {t("serviceOption", {
                  id: String(s.id),
                  name: s.name,
                  rate: `${currencySymbol}${s.rate}`,
                  unit: s.perOrder ? t("perOrder") : t("per1000"),
                })}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t("rate", { symbol: currencySymbol })}
          name="rate"
          inputMode="decimal"
          placeholder={t("ratePlaceholder")}
          className="w-40"
          hint={t("rateHint")}
        />
        <Button type="submit" variant="secondary" loading={busy === "rate"}>
          {t("saveRate")}
        </Button>
        {message("rate") && (
          <p className="w-full text-sm text-red-600" role="alert">
            {message("rate")}
          </p>
        )}
      </form>
      <p className="text-xs text-slate-500">{t("note")}</p>
    </div>
  );
}
