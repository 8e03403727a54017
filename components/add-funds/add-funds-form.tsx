"use client";
// The customer reports a payment: amount (within the owner's limits), method, reference.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { createPaymentRequestAction } from "@/lib/actions/customer/add-funds";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { AmountField } from "@/lib/payments/top-up-amount";
import { useActionForm } from "@/components/ui/use-action-form";

export function AddFundsForm({
  methods,
  currencySymbol,
  limits,
  amountField,
}: {
  methods: string[];
  currencySymbol: string;
  limits: string;
  amountField: AmountField;
}) {
  const t = useTranslations("addFunds");
  const router = useRouter();
  const { pending, error, fieldError, submit } = useActionForm();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const result = await submit(() =>
      createPaymentRequestAction({
        amount: String(form.get("amount") ?? ""),
        method: String(form.get("method") ?? ""),
        reference: String(form.get("reference") ?? ""),
      }),
    );
    if (!result.ok) return;
    toast.success(t("sent", { id: result.data.id }));
    formEl.reset();
    router.refresh();
  }
  if (methods.length === 0) return <p className="text-sm text-slate-500">{t("noMethods")}</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("form")}>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <Field
        label={t("amount", { symbol: currencySymbol })}
        name="amount"
        inputMode={amountField.decimals ? "decimal" : "numeric"}
        placeholder={amountField.placeholder}
        hint={limits}
        error={fieldError("amount")}
        required
      />
      <div>
        <label htmlFor="funds-method" className="mb-1 block text-sm font-medium text-slate-700">
          {t("method")}
        </label>
        <select
          id="funds-method"
          name="method"
          className={inputClass}
          defaultValue={methods[0]}
          aria-invalid={fieldError("method") ? true : undefined}
        >
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        {fieldError("method") && (
          <p className="mt-1 text-sm text-red-600" role="alert">
            {fieldError("method")}
          </p>
        )}
      </div>
      <Field
        label={t("referenceLabel")}
        name="reference"
        placeholder={t("referencePlaceholder")}
        error={fieldError("reference")}
        hint={t("referenceHint")}
        required
      />
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {t("send")}
      </Button>
    </form>
  );
}
