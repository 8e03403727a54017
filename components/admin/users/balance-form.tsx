"use client";
// Credit or debit a user's balance with a required reason (written to the ledger and the audit log).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { adjustUserBalanceAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";

export function BalanceForm({ userId, currencySymbol }: { userId: number; currencySymbol: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const idempotencyKey = useIdempotencyKey();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const direction = form.get("direction") === "debit" ? "debit" : "credit";
    const amount = String(form.get("amount") ?? "");
    if (direction === "debit" && !window.confirm(`Debit ${currencySymbol}${amount} from this user?`)) return;
    setPending(true);
    setError(undefined);
    const reason = String(form.get("reason") ?? "");
    const result = await adjustUserBalanceAction(userId, { direction, amount, reason, idempotencyKey: idempotencyKey.current() });
    setPending(false);
    if (!result.ok) return setError({ field: result.field, message: result.error });
    idempotencyKey.renew();
    toast.success(`Balance is now ${result.data.balanceAfter}`);
    formEl.reset();
    router.refresh();
  }

  const fieldError = (name: string) => (error?.field === name ? error.message : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Adjust balance">
      {error && !error.field && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">{error.message}</p>
      )}
      <div className="flex flex-wrap gap-3">
        <div>
          <label htmlFor="adjust-direction" className="mb-1 block text-sm font-medium text-slate-700">Type</label>
          <select id="adjust-direction" name="direction" className={`${inputClass} w-auto`} defaultValue="credit">
            <option value="credit">Credit (+)</option>
            <option value="debit">Debit (−)</option>
          </select>
        </div>
        <Field label={`Amount (${currencySymbol})`} name="amount" inputMode="decimal" placeholder="10.00" className="w-36" error={fieldError("amount")} required />
      </div>
      <Field label="Reason" name="reason" placeholder="e.g. bank transfer #1234, goodwill credit" error={fieldError("reason")} required />
      <Button type="submit" loading={pending}>Apply adjustment</Button>
    </form>
  );
}
