"use client";
// Credit or debit a user's balance with a required reason (written to the ledger and the audit log),
// after a confirmation naming the amount and the customer.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { adjustUserBalanceAction } from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import { formatCurrency, parseAmountInput, type MoneyFormat } from "@/lib/format";

/** `customer` names the user in the confirmation ("Name (email)"). */
export function BalanceForm({
  userId,
  money,
  customer,
}: {
  userId: number;
  money: Required<MoneyFormat>;
  customer: string;
}) {
  const t = useTranslations("adminUsers.balance");
  const locale = useLocale();
  const router = useRouter();
  const confirm = useConfirm();
  const { pending, error, fieldError, submit } = useActionForm();
  const idempotencyKey = useIdempotencyKey();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const direction = form.get("direction") === "debit" ? "debit" : "credit";
    const amount = String(form.get("amount") ?? "");
    const reason = String(form.get("reason") ?? "");
    // Named as every page writes money ("250.000 ₫"); what cannot be read is refused by the action.
    const units = parseAmountInput(amount, money.currencyCode, locale);
    const shown = units === null ? amount : formatCurrency(units, money, locale);
    const ok = await confirm(
      direction === "debit"
        ? {
            title: t("debitTitle", { amount: shown }),
            description: t("debitDescription", { amount: shown, customer }),
            confirmLabel: t("debitConfirm", { amount: shown }),
            danger: true,
          }
        : {
            title: t("creditTitle", { amount: shown }),
            description: t("creditDescription", { amount: shown, customer }),
            confirmLabel: t("creditConfirm", { amount: shown }),
          },
    );
    if (!ok) return;
    const result = await submit(() =>
      adjustUserBalanceAction(userId, {
        direction,
        amount,
        reason,
        idempotencyKey: idempotencyKey.current(),
      }),
    );
    if (!result.ok) return;
    idempotencyKey.renew();
    toast.success(t("done", { balance: result.data.balanceAfter }));
    formEl.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("form")}>
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
          {error.message}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <div>
          <label htmlFor="adjust-direction" className="mb-1 block text-sm font-medium text-slate-700">
            {t("type")}
          </label>
          <select
            id="adjust-direction"
            name="direction"
            className={`${inputClass} w-auto`}
            defaultValue="credit"
          >
            <option value="credit">{t("credit")}</option>
            <option value="debit">{t("debit")}</option>
          </select>
        </div>
        <Field
          label={t("amount", { symbol: money.currencySymbol })}
          name="amount"
          inputMode="decimal"
          placeholder={t("amountPlaceholder")}
          className="w-36"
          error={fieldError("amount")}
          required
        />
      </div>
      <Field
        label={t("reason")}
        name="reason"
        placeholder={t("reasonPlaceholder")}
        error={fieldError("reason")}
        required
      />
      <Button type="submit" loading={pending}>
        {t("apply")}
      </Button>
    </form>
  );
}
