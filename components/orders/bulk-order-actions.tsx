"use client";
// Bulk status change on the admin orders list: the rows' checkboxes belong to this form (by its
// id), so the server-rendered table stays as it is. Each order goes through its own guarded
// transition; the toast says how many changed and why the others did not.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { changeOrderStatusesAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

export const BULK_FORM_ID = "bulk-orders";

export function BulkOrderActions() {
  const t = useTranslations("adminTools.bulk");
  const router = useRouter();
  const confirm = useConfirm();
  const choices = {
    COMPLETED: { label: t("complete"), money: t("completeMoney") },
    CANCELED: { label: t("cancel"), money: t("cancelMoney") },
  };
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ids = form.getAll("ids").map(Number);
    const status = form.get("status") === "CANCELED" ? "CANCELED" : "COMPLETED";
    if (ids.length === 0) return void toast.error(t("selectFirst"));
    const choice = choices[status];
    const ok = await confirm({
      title: t("confirmTitle", { action: choice.label, count: ids.length }),
      description: t("confirmText", { ids: ids.map((id) => `#${id}`).join(", "), money: choice.money }),
      confirmLabel: choice.label,
      danger: status === "CANCELED",
    });
    if (!ok) return;
    setBusy(true);
    const result = await changeOrderStatusesAction(ids, status);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    const { changed, failed } = result.data;
    if (failed.length)
      toast.warning(
        t("doneWithFailures", {
          changed,
          count: ids.length,
          failures: failed.map((f) => `#${f.id}: ${f.error}`).join("; "),
        }),
        { duration: 10_000 },
      );
    else toast.success(t("done", { changed, count: ids.length }));
    router.refresh();
  }

  return (
    <form
      id={BULK_FORM_ID}
      onSubmit={onSubmit}
      className="mb-2 flex flex-wrap items-center gap-2 text-sm"
      aria-label={t("formLabel")}
    >
      <label htmlFor="bulk-status" className="text-slate-700">
        {t("label")}
      </label>
      <select id="bulk-status" name="status" className={`${inputClass} w-auto`} defaultValue="COMPLETED">
        <option value="COMPLETED">{choices.COMPLETED.label}</option>
        <option value="CANCELED">{choices.CANCELED.label}</option>
      </select>
      <Button type="submit" variant="secondary" loading={busy}>
        {t("apply")}
      </Button>
    </form>
  );
}
