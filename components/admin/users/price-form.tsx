"use client";
// Custom prices for one user: a percent off every service, or a fixed rate per 1000 for one service.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { setUserDiscountAction, setUserServiceRateAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

type Service = { id: number; name: string; rate: string; perOrder: boolean };

export function PriceForms({ userId, discount, services, currencySymbol }: { userId: number; discount: string; services: Service[]; currencySymbol: string }) {
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
    toast.success(percent.trim() && Number(percent) !== 0 ? `Discount set to ${percent}%` : "Discount removed");
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
    toast.success(rate.trim() ? "Service rate saved" : "Service rate removed");
    router.refresh();
  }

  const message = (form: string) => (error?.form === form ? error.message : undefined);
  return (
    <div className="space-y-6">
      <form onSubmit={saveDiscount} className="flex flex-wrap items-end gap-3" noValidate aria-label="Discount">
        <Field label="Percent off every service" name="percent" inputMode="decimal" defaultValue={discount} placeholder="e.g. 10" className="w-48" error={message("discount")} hint="Empty or 0 removes it." />
        <Button type="submit" variant="secondary" loading={busy === "discount"}>Save discount</Button>
      </form>
      <form onSubmit={saveRate} className="flex flex-wrap items-end gap-3" noValidate aria-label="Service rate">
        <div className="min-w-56 flex-1">
          <label htmlFor="price-service" className="mb-1 block text-sm font-medium text-slate-700">Service</label>
          <select id="price-service" name="serviceId" className={inputClass} defaultValue="">
            <option value="" disabled>Pick a service</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>#{s.id} {s.name} ({currencySymbol}{s.rate} {s.perOrder ? "per order" : "per 1000"})</option>
            ))}
          </select>
        </div>
        <Field label={`Rate (${currencySymbol}), per 1000 or per order for packages`} name="rate" inputMode="decimal" placeholder="e.g. 1.20" className="w-40" hint="Empty removes it." />
        <Button type="submit" variant="secondary" loading={busy === "rate"}>Save rate</Button>
        {message("rate") && <p className="w-full text-sm text-red-600" role="alert">{message("rate")}</p>}
      </form>
      <p className="text-xs text-slate-500">A fixed rate wins over the discount. Prices never go below provider cost unless the service allows it. They apply on the web and in the reseller API.</p>
    </div>
  );
}
