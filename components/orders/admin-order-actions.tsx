"use client";
// The admin's actions on one order. Each asks for confirmation, calls one audited backend
// operation (guarded: a stale page gets "the order changed meanwhile") and reports by toast.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  askProviderCancelAction,
  attachProviderOrderIdAction,
  cancelAndRefundAction,
  markCompletedAction,
  resendOrderAction,
  setPartialAction,
  setStartCountAction,
} from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { formatNumber } from "@/lib/format";

type Props = {
  orderId: number;
  quantity: number;
  charge: string;
  inReview: boolean;
  canResend: boolean;
  canAttach: boolean;
  canCancel: boolean;
  providerHasIt: boolean;
  canPartial: boolean;
  canComplete: boolean;
  canEditStartCount: boolean;
  startCount: number | null;
};

export function AdminOrderActions(p: Props) {
  const t = useTranslations("adminOrders.actions");
  const locale = useLocale();
  const router = useRouter();
  const order = String(p.orderId);
  const confirm = useConfirm();
  const [busy, setBusy] = useState<string>();
  const [providerOrderId, setProviderOrderId] = useState("");
  const [remains, setRemains] = useState("");
  const [startCount, setStartCount] = useState(p.startCount === null ? "" : String(p.startCount));

  async function run<T>(
    name: string,
    question: ConfirmOptions,
    action: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>,
    success: (data: T) => string,
  ) {
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
      {p.inReview && <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t("inReview")}</p>}
      {p.canAttach && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              "attach",
              {
                title: t("attachTitle", { providerOrderId }),
                description: t("attachDescription", { order }),
                confirmLabel: t("attach"),
              },
              () => attachProviderOrderIdAction(p.orderId, providerOrderId),
              () => t("attached", { providerOrderId }),
            );
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="attach-provider-id" className="mb-1 block font-medium text-slate-700">
              {t("attachLabel")}
            </label>
            <input
              id="attach-provider-id"
              value={providerOrderId}
              onChange={(e) => setProviderOrderId(e.target.value)}
              className={inputClass}
              autoComplete="off"
            />
          </div>
          <Button
            type="submit"
            variant="secondary"
            loading={busy === "attach"}
            disabled={!providerOrderId.trim()}
          >
            {t("attach")}
          </Button>
        </form>
      )}
      {p.canPartial && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              "partial",
              {
                title: t("partialTitle", { order }),
                description: t("partialDescription", {
                  remains,
                  quantity: String(p.quantity),
                  charge: p.charge,
                }),
                confirmLabel: t("partialConfirm"),
              },
              () => setPartialAction(p.orderId, remains),
              (d) => t("partialDone", { amount: d.refund }),
            );
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="partial-remains" className="mb-1 block font-medium text-slate-700">
              {t("partialLabel", { quantity: formatNumber(p.quantity, locale) })}
            </label>
            <input
              id="partial-remains"
              inputMode="numeric"
              value={remains}
              onChange={(e) => setRemains(e.target.value)}
              className={inputClass}
              autoComplete="off"
            />
          </div>
          <Button type="submit" variant="secondary" loading={busy === "partial"} disabled={!remains.trim()}>
            {t("partial")}
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
              {
                title: t("startTitle", { order, count: startCount }),
                description: t("startDescription"),
                confirmLabel: t("start"),
              },
              () => setStartCountAction(p.orderId, startCount),
              () => t("startDone"),
            );
          }}
        >
          <div className="w-full sm:w-72">
            <label htmlFor="start-count" className="mb-1 block font-medium text-slate-700">
              {t("startLabel")}
            </label>
            <input
              id="start-count"
              inputMode="numeric"
              value={startCount}
              onChange={(e) => setStartCount(e.target.value)}
              className={inputClass}
              autoComplete="off"
            />
          </div>
          <Button type="submit" variant="secondary" loading={busy === "start"} disabled={!startCount.trim()}>
            {t("start")}
          </Button>
        </form>
      )}
      <div className="flex flex-wrap gap-2">
        {p.canResend && (
          <Button
            variant="secondary"
            loading={busy === "resend"}
            onClick={() =>
              run(
                "resend",
                {
                  title: t("resendTitle", { order }),
                  description: t("resendDescription"),
                  confirmLabel: t("resend"),
                },
                () => resendOrderAction(p.orderId),
                (d) => t(`resendOutcome.${d.outcome}`),
              )
            }
          >
            {t("resend")}
          </Button>
        )}
        {p.canComplete && (
          <Button
            variant="secondary"
            loading={busy === "complete"}
            onClick={() =>
              run(
                "complete",
                {
                  title: t("completeTitle", { order }),
                  description: t("completeDescription", { charge: p.charge }),
                  confirmLabel: t("complete"),
                },
                () => markCompletedAction(p.orderId),
                () => t("completed"),
              )
            }
          >
            {t("complete")}
          </Button>
        )}
        {p.providerHasIt && (
          <Button
            variant="secondary"
            loading={busy === "ask"}
            onClick={() =>
              run(
                "ask",
                {
                  title: t("askProviderTitle", { order }),
                  description: t("askProviderDescription", { charge: p.charge }),
                  confirmLabel: t("askProvider"),
                },
                () => askProviderCancelAction(p.orderId),
                () => t("askedProvider"),
              )
            }
          >
            {t("askProvider")}
          </Button>
        )}
        {p.canCancel && (
          <Button
            variant="danger"
            loading={busy === "cancel"}
            onClick={() =>
              run(
                "cancel",
                {
                  title: t("cancelTitle", { order }),
                  description: t(p.providerHasIt ? "cancelSentDescription" : "cancelDescription", {
                    charge: p.charge,
                  }),
                  confirmLabel: t("cancelConfirm", { charge: p.charge }),
                  danger: true,
                },
                () => cancelAndRefundAction(p.orderId),
                (d) => t("canceled", { amount: d.refund }),
              )
            }
          >
            {t("cancel")}
          </Button>
        )}
      </div>
    </div>
  );
}
