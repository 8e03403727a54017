"use client";
// Admin tools on gateway money: assign a queued transfer to a customer (credited once) or mark it
// handled, re-check a deposit with its gateway, reverse a credited deposit (a chargeback).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  assignTransferAction,
  markTransferHandledAction,
  previewAssignTransferAction,
  recheckDepositAction,
  reverseDepositAction,
} from "@/lib/actions/admin/deposits";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

/** `askAmount`: the gateway's amount could not be read, so the admin enters what arrived. */
export function TransferActions({
  id,
  suggestedEmail,
  askAmount = false,
}: {
  id: number;
  suggestedEmail?: string;
  askAmount?: boolean;
}) {
  const t = useTranslations("adminDeposits");
  const router = useRouter();
  const confirm = useConfirm();
  const [email, setEmail] = useState(suggestedEmail ?? "");
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<"assign" | "handle">();

  async function assign(event: React.FormEvent) {
    event.preventDefault();
    // A credit from a typed email: say who gets how much, and credit only after "yes".
    setBusy("assign");
    const preview = await previewAssignTransferAction(id, email, askAmount ? amount : undefined);
    setBusy(undefined);
    if (!preview.ok) return void toast.error(preview.error);
    const ok = await confirm({
      title: t("assignTitle", { amount: preview.data.amount }),
      description: t("assignDescription", { amount: preview.data.amount, customer: preview.data.customer }),
      confirmLabel: t("assignConfirm", { amount: preview.data.amount }),
    });
    if (!ok) return;
    setBusy("assign");
    const result = await assignTransferAction(id, email, askAmount ? amount : undefined);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("assigned", { amount: result.data.credited }));
    router.refresh();
  }

  async function handle(event: React.FormEvent) {
    event.preventDefault();
    setBusy("handle");
    const result = await markTransferHandledAction(id, note);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("handled"));
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <form onSubmit={assign} className="flex flex-wrap gap-2" aria-label={t("assign")}>
        <input
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder={t("assignEmail")}
          aria-label={t("assignEmail")}
          className={`${inputClass} min-w-48 flex-1`}
          required
        />
        {askAmount && (
          <input
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            inputMode="decimal"
            placeholder={t("assignAmount")}
            aria-label={t("assignAmount")}
            className={`${inputClass} w-36`}
            required
          />
        )}
        <Button type="submit" loading={busy === "assign"}>
          {t("assign")}
        </Button>
      </form>
      <form onSubmit={handle} className="flex flex-wrap gap-2" aria-label={t("markHandled")}>
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t("handleNote")}
          aria-label={t("handleNote")}
          className={`${inputClass} min-w-48 flex-1`}
          required
        />
        <Button type="submit" variant="secondary" loading={busy === "handle"}>
          {t("markHandled")}
        </Button>
      </form>
    </div>
  );
}

export function RecheckButton({ id }: { id: number }) {
  const t = useTranslations("adminDeposits");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function recheck() {
    setBusy(true);
    const result = await recheckDepositAction(id);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("recheckDone", { outcome: result.data.outcome }));
    router.refresh();
  }
  return (
    <Button type="button" variant="secondary" loading={busy} onClick={recheck}>
      {t("recheck")}
    </Button>
  );
}

/** Takes back what a credited deposit gave (deposit, bonus, coupon, commission), after a confirmation naming the amount and the customer. */
export function ReverseDeposit({
  id,
  code,
  amount,
  customer,
}: {
  id: number;
  code: string;
  amount: string;
  customer: string;
}) {
  const t = useTranslations("adminDeposits");
  const router = useRouter();
  const confirm = useConfirm();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  async function reverse(event: React.FormEvent) {
    event.preventDefault();
    const ok = await confirm({
      title: t("reverseTitle", { code }),
      description: t("reverseDescription", { amount, customer }),
      confirmLabel: t("reverseConfirm"),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    const result = await reverseDepositAction(id, reason);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("reversed", { amount: result.data.reversed }));
    router.refresh();
  }

  return (
    <form onSubmit={reverse} className="flex flex-wrap gap-2" aria-label={t("reverse")}>
      <input
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t("reverseReason")}
        aria-label={t("reverseReason")}
        className={`${inputClass} min-w-48 flex-1`}
        required
      />
      <Button type="submit" variant="danger" loading={busy}>
        {t("reverse")}
      </Button>
    </form>
  );
}
