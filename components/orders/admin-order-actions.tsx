"use client";
// The admin's actions on one order. Each asks for confirmation, calls one audited backend
// operation (guarded: a stale page gets "the order changed meanwhile") and reports by toast.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  attachProviderOrderIdAction,
  cancelAndRefundAction,
  markCompletedAction,
  resendOrderAction,
  setPartialAction,
  setStartCountAction,
} from "@/app/admin/orders/actions";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

type Props = {
  orderId: number;
  quantity: number;
  charge: string;
  inReview: boolean;
  canResend: boolean;
  canAttach: boolean;
  canCancel: boolean;
  canPartial: boolean;
  canComplete: boolean;
  canEditStartCount: boolean;
  startCount: number | null;
};

const resendText = {
  sent: "The provider accepted the order",
  rejected: "The provider rejected the order: it was canceled and refunded",
  temporary: "The provider is unavailable: the order is queued and will be retried",
  uncertain: "The provider's answer was unclear again: the order is back in review",
  skipped: "The order was already being sent",
} as const;

export function AdminOrderActions(p: Props) {
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<string>();
  const [providerOrderId, setProviderOrderId] = useState("");
  const [remains, setRemains] = useState("");
  const [startCount, setStartCount] = useState(p.startCount === null ? "" : String(p.startCount));

  async function run<T>(name: string, question: ConfirmOptions, action: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, success: (data: T) => string) {
    if (!(await confirm(question))) return;
    setBusy(name);
    const result = await action();
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(success(result.data));
    router.refresh();
  }


  return (
    <div className="space-y-4 text-sm">
      {p.inReview && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          The provider may or may not have this order. Check the provider&apos;s panel, then attach its order ID, resend, or cancel and refund.
        </p>
      )}
      {p.canAttach && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run("attach", { title: `Attach provider order ID ${providerOrderId}?`, description: `Order #${p.orderId} then follows the provider's status for that ID. No money moves now.`, confirmLabel: "Attach ID" }, () => attachProviderOrderIdAction(p.orderId, providerOrderId), () => `Provider order ID ${providerOrderId} attached`);
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="attach-provider-id" className="mb-1 block font-medium text-slate-700">
              Provider order ID
            </label>
            <input id="attach-provider-id" value={providerOrderId} onChange={(e) => setProviderOrderId(e.target.value)} className={inputClass} autoComplete="off" />
          </div>
          <Button type="submit" variant="secondary" loading={busy === "attach"} disabled={!providerOrderId.trim()}>
            Attach ID
          </Button>
        </form>
      )}
      {p.canPartial && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run("partial", { title: `Set order #${p.orderId} Partial?`, description: `${remains} of ${p.quantity} not delivered: the customer gets that share of the ${p.charge} charge back to their balance, once.`, confirmLabel: "Set Partial and refund" }, () => setPartialAction(p.orderId, remains), (d) => `Order set Partial; refunded ${d.refund}`);
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="partial-remains" className="mb-1 block font-medium text-slate-700">
              Remains (not delivered, of {p.quantity.toLocaleString("en-US")})
            </label>
            <input id="partial-remains" inputMode="numeric" value={remains} onChange={(e) => setRemains(e.target.value)} className={inputClass} autoComplete="off" />
          </div>
          <Button type="submit" variant="secondary" loading={busy === "partial"} disabled={!remains.trim()}>
            Set Partial
          </Button>
        </form>
      )}
      {p.canEditStartCount && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              "start",
              { title: `Set the start count of order #${p.orderId} to ${startCount}?`, description: "Only the number shown to the customer changes; no money moves.", confirmLabel: "Save start count" },
              () => setStartCountAction(p.orderId, startCount),
              () => "Start count saved",
            );
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="start-count" className="mb-1 block font-medium text-slate-700">
              Start count
            </label>
            <input id="start-count" inputMode="numeric" value={startCount} onChange={(e) => setStartCount(e.target.value)} className={inputClass} autoComplete="off" />
          </div>
          <Button type="submit" variant="secondary" loading={busy === "start"} disabled={!startCount.trim()}>
            Save start count
          </Button>
        </form>
      )}
      <div className="flex flex-wrap gap-2">
        {p.canResend && (
          <Button
            variant="secondary"
            loading={busy === "resend"}
            onClick={() => run("resend", { title: `Resend order #${p.orderId}?`, description: "It is sent to the provider again. Only do this when the provider does not have it: the provider may charge twice. The customer is not charged again.", confirmLabel: "Resend" }, () => resendOrderAction(p.orderId), (d) => resendText[d.outcome])}
          >
            Resend
          </Button>
        )}
        {p.canComplete && (
          <Button variant="secondary" loading={busy === "complete"} onClick={() => run("complete", { title: `Mark order #${p.orderId} Completed?`, description: `The customer keeps being charged ${p.charge}; nothing is refunded.`, confirmLabel: "Mark Completed" }, () => markCompletedAction(p.orderId), () => "Order marked Completed")}>
            Mark Completed
          </Button>
        )}
        {p.canCancel && (
          <Button
            variant="danger"
            loading={busy === "cancel"}
            onClick={() => run("cancel", { title: `Cancel order #${p.orderId} and refund?`, description: `${p.charge} goes back to the customer's balance. The provider is not told: settle it there yourself.`, confirmLabel: `Cancel and refund ${p.charge}`, danger: true }, () => cancelAndRefundAction(p.orderId), (d) => `Order canceled; refunded ${d.refund}`)}
          >
            Cancel and refund
          </Button>
        )}
      </div>
    </div>
  );
}
