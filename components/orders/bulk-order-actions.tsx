"use client";
// Bulk status change on the admin orders list: the rows' checkboxes belong to this form (by its
// id), so the server-rendered table stays as it is. Each order goes through its own guarded
// transition; the toast says how many changed and why the others did not.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { changeOrderStatusesAction } from "@/app/admin/orders/actions";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";

export const BULK_FORM_ID = "bulk-orders";

const choices = {
  COMPLETED: { label: "Mark Completed", money: "Nothing is refunded." },
  CANCELED: { label: "Cancel and refund", money: "Each customer gets the whole charge of the order back. The provider is not told: settle it there yourself." },
} as const;

export function BulkOrderActions() {
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ids = form.getAll("ids").map(Number);
    const status = form.get("status") === "CANCELED" ? "CANCELED" : "COMPLETED";
    if (ids.length === 0) return void toast.error("Select orders first");
    const choice = choices[status];
    const ok = await confirm({
      title: `${choice.label}: ${ids.length} ${ids.length === 1 ? "order" : "orders"}?`,
      description: `Orders ${ids.map((id) => `#${id}`).join(", ")}. ${choice.money} Orders that can no longer change are skipped.`,
      confirmLabel: choice.label,
      danger: status === "CANCELED",
    });
    if (!ok) return;
    setBusy(true);
    const result = await changeOrderStatusesAction(ids, status);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    const { changed, failed } = result.data;
    const summary = `${changed} of ${ids.length} ${ids.length === 1 ? "order" : "orders"} changed`;
    if (failed.length) toast.warning(`${summary}; ${failed.map((f) => `#${f.id}: ${f.error}`).join("; ")}`, { duration: 10_000 });
    else toast.success(summary);
    router.refresh();
  }

  return (
    <form id={BULK_FORM_ID} onSubmit={onSubmit} className="mb-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Change selected orders">
      <label htmlFor="bulk-status" className="text-slate-700">
        Selected orders:
      </label>
      <select id="bulk-status" name="status" className={`${inputClass} w-auto`} defaultValue="COMPLETED">
        <option value="COMPLETED">{choices.COMPLETED.label}</option>
        <option value="CANCELED">{choices.CANCELED.label}</option>
      </select>
      <Button type="submit" variant="secondary" loading={busy}>
        Apply
      </Button>
    </form>
  );
}
