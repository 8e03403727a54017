"use client";
// Starts an automatic top-up: method, amount within the gateway's limits, optional coupon. The
// page then shows the deposit (bank details and QR, or the crypto payment link).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDepositAction } from "@/lib/actions/customer/add-funds";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { AmountField } from "@/lib/payments/top-up-amount";
import { useActionForm } from "@/components/ui/use-action-form";

export type GatewayChoice = { gateway: "sepay" | "nowpayments"; limits: string; amountField: AmountField };

export function DepositForm({
  gateways,
  currencySymbol,
}: {
  gateways: GatewayChoice[];
  currencySymbol: string;
}) {
  const t = useTranslations("deposits");
  const router = useRouter();
  const [gateway, setGateway] = useState(gateways[0].gateway);
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      createDepositAction({
        gateway,
        amount: String(form.get("amount") ?? ""),
        coupon: String(form.get("coupon") ?? ""),
      }),
    );
    if (!result.ok) return;
    router.push(`/add-funds?deposit=${result.data.id}`);
  }
  const { limits, amountField } = gateways.find((g) => g.gateway === gateway) ?? gateways[0];
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("title")}>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-slate-700">{t("method")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {gateways.map((g) => (
            <label
              key={g.gateway}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="gateway"
                value={g.gateway}
                checked={gateway === g.gateway}
                onChange={() => setGateway(g.gateway)}
              />
              {t(`gateway.${g.gateway}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t("amount", { symbol: currencySymbol })}
        name="amount"
        inputMode={amountField.decimals ? "decimal" : "numeric"}
        placeholder={amountField.placeholder}
        hint={limits}
        error={fieldError("amount")}
        required
      />
      <Field label={t("coupon")} name="coupon" autoComplete="off" error={fieldError("coupon")} />
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {t("create")}
      </Button>
    </form>
  );
}
