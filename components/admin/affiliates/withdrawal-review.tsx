"use client";
// Approve (the admin has paid it outside the panel) or reject with a reason, one withdrawal request.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { approveWithdrawalAction, rejectWithdrawalAction } from "@/lib/actions/admin/affiliates";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function WithdrawalReview({ id, summary }: { id: number; summary: string }) {
  const t = useTranslations("affiliatesAdmin");
  const router = useRouter();
  const [busy, setBusy] = useState<"approve" | "reject">();
  const [rejecting, setRejecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();

  async function approve() {
    setBusy("approve");
    const result = await approveWithdrawalAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("approved", { id }));
    router.refresh();
  }

  async function reject(event: React.FormEvent) {
    event.preventDefault();
    setBusy("reject");
    setError(undefined);
    const result = await rejectWithdrawalAction(id, reason);
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    toast.success(t("rejected", { id }));
    setRejecting(false);
    router.refresh();
  }

  if (rejecting) {
    return (
      <form onSubmit={reject} className="flex min-w-56 flex-col gap-2" aria-label={t("rejectForm", { id })}>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("reasonPlaceholder")}
          className={inputClass}
          aria-label={t("reason")}
          autoFocus
        />
        {error && (
          <p className="text-xs text-red-700" role="alert">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="danger" loading={busy === "reject"}>
            {t("reject")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setRejecting(false)}>
            {t("back")}
          </Button>
        </div>
      </form>
    );
  }
  if (confirming) {
    return (
      <div role="group" aria-label={t("approveTitle", { id })} className="flex min-w-56 flex-col gap-2">
        <p className="text-xs text-slate-700">{t("approveDescription", { summary })}</p>
        <div className="flex gap-2">
          <Button onClick={approve} loading={busy === "approve"}>
            {t("approveConfirm")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            {t("back")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => setConfirming(true)}>{t("approve")}</Button>
      <Button variant="secondary" onClick={() => setRejecting(true)}>
        {t("rejectOpen")}
      </Button>
    </div>
  );
}
