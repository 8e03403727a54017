"use client";
// Affiliate earnings out: at once to the main balance (when the owner allows it), or as a
// withdrawal request an admin reviews.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { payoutToBalanceAction, requestWithdrawalAction } from "@/lib/actions/customer/affiliates";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Errors = { form?: string; amount?: string; details?: string };

export function PayoutForm({
  instant,
  minimum,
  currencySymbol,
}: {
  instant: boolean;
  minimum: string;
  currencySymbol: string;
}) {
  const t = useTranslations("affiliates");
  const router = useRouter();
  const [pending, setPending] = useState<"balance" | "withdrawal" | null>(null);
  const [errors, setErrors] = useState<Errors>({});

  async function submit(kind: "balance" | "withdrawal", form: HTMLFormElement) {
    const data = new FormData(form);
    const amount = String(data.get("amount") ?? "");
    setPending(kind);
    setErrors({});
    const result =
      kind === "balance"
        ? await payoutToBalanceAction({ amount })
        : await requestWithdrawalAction({ amount, details: String(data.get("details") ?? "") });
    setPending(null);
    if (!result.ok)
      return setErrors(
        result.field === "amount" || result.field === "details"
          ? { [result.field]: result.error }
          : { form: result.error },
      );
    toast.success(kind === "balance" ? t("movedToBalance") : t("withdrawalSent"));
    form.reset();
    router.refresh();
  }

  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label={t("payoutForm")}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(instant ? "balance" : "withdrawal", event.currentTarget);
      }}
    >
      {errors.form && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 sm:col-span-2" role="alert">
          {errors.form}
        </p>
      )}
      <Field
        label={t("amount", { symbol: currencySymbol })}
        name="amount"
        inputMode="decimal"
        error={errors.amount}
        required
      />
      <Field
        label={t("withdrawTo")}
        name="details"
        placeholder={t("withdrawToPlaceholder")}
        hint={t("withdrawHint", { minimum })}
        error={errors.details}
      />
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        {instant && (
          <Button type="submit" loading={pending === "balance"} disabled={pending !== null}>
            {t("moveToBalance")}
          </Button>
        )}
        <Button
          type="button"
          variant="secondary"
          loading={pending === "withdrawal"}
          disabled={pending !== null}
          onClick={(event) => void submit("withdrawal", event.currentTarget.form!)}
        >
          {t("requestWithdrawal")}
        </Button>
      </div>
    </form>
  );
}
