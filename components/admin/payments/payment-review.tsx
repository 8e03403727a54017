"use client";
// Approve (after a confirmation) or reject with a reason, for one pending payment request.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { approvePaymentAction, rejectPaymentAction } from "@/lib/actions/admin/payments";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

export function PaymentReview({ id, summary }: { id: number; summary: string }) {
  const t = useTranslations("adminPayments");
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<"approve" | "reject">();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();

  async function approve() {
    const ok = await confirm({
      title: t("approveTitle", { id: String(id) }),
      description: t("approveDescription", { summary }),
      confirmLabel: t("approveConfirm"),
    });
    if (!ok) return;
    setBusy("approve");
    const result = await approvePaymentAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("approved", { id: String(id) }));
    router.refresh();
  }

  async function reject(event: React.FormEvent) {
    event.preventDefault();
    setBusy("reject");
    setError(undefined);
    const result = await rejectPaymentAction(id, reason);
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    toast.success(t("rejected", { id: String(id) }));
    setRejecting(false);
    router.refresh();
  }

  if (rejecting) {
    return (
      <form
        onSubmit={reject}
        className="flex min-w-56 flex-col gap-2"
        aria-label={t("rejectForm", { id: String(id) })}
      >
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("reasonPlaceholder")}
          className={inputClass}
          aria-label={t("reason")}
          autoFocus
        />
        {error && (
          <p className="text-xs text-red-600" role="alert">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="danger" loading={busy === "reject"}>
            {t("reject")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setRejecting(false)}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={approve} loading={busy === "approve"}>
        {t("approve")}
      </Button>
      <Button variant="secondary" onClick={() => setRejecting(true)}>
        {t("rejectOpen")}
      </Button>
    </div>
  );
}
