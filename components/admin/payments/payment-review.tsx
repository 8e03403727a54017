"use client";
// Approve (after a confirmation) or reject with a reason, for one pending payment request.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { approvePaymentAction, rejectPaymentAction } from "@/app/admin/payments/actions";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

export function PaymentReview({ id, summary }: { id: number; summary: string }) {
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<"approve" | "reject">();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();

  async function approve() {
    const ok = await confirm({
      title: `Approve payment #${id}?`,
      description: `${summary}. The amount is credited to the customer's balance once, through the ledger; this cannot be undone here.`,
      confirmLabel: "Approve and credit",
    });
    if (!ok) return;
    setBusy("approve");
    const result = await approvePaymentAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(`Payment #${id} approved`);
    router.refresh();
  }

  async function reject(event: React.FormEvent) {
    event.preventDefault();
    setBusy("reject");
    setError(undefined);
    const result = await rejectPaymentAction(id, reason);
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    toast.success(`Payment #${id} rejected`);
    setRejecting(false);
    router.refresh();
  }

  if (rejecting) {
    return (
      <form onSubmit={reject} className="flex min-w-56 flex-col gap-2" aria-label={`Reject payment ${id}`}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason shown to the customer" className={inputClass} aria-label="Reason" autoFocus />
        {error && <p className="text-xs text-red-600" role="alert">{error}</p>}
        <div className="flex gap-2">
          <Button type="submit" variant="danger" loading={busy === "reject"}>Reject</Button>
          <Button type="button" variant="ghost" onClick={() => setRejecting(false)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={approve} loading={busy === "approve"}>Approve</Button>
      <Button variant="secondary" onClick={() => setRejecting(true)}>Reject…</Button>
    </div>
  );
}
