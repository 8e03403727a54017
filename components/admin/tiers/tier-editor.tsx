"use client";
// The owner's tier table: each row edits in place; the last row adds a tier.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { deleteTierAction, saveTierAction } from "@/lib/actions/admin/tiers";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type Row = { id?: number; name: string; minSpent: string; discount: string };

function TierRow({ row, currencySymbol }: { row: Row; currencySymbol: string }) {
  const t = useTranslations("tiers.admin");
  const router = useRouter();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { pending: busy, error, submit } = useActionForm();

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      name: String(data.get("name") ?? ""),
      minSpent: String(data.get("minSpent") ?? ""),
      discountBps: String(data.get("discount") ?? ""),
    };
    const result = await submit(() => saveTierAction(input, row.id));
    if (!result.ok) return;
    toast.success(t("saved"));
    if (!row.id) form.reset();
    router.refresh();
  }

  async function remove() {
    if (!row.id) return;
    const result = await deleteTierAction(row.id);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("deleted"));
    router.refresh();
  }

  const label = row.id ? row.name : t("add");
  return (
    <form
      onSubmit={save}
      className="grid gap-2 px-4 py-3 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-end"
      aria-label={label}
      noValidate
    >
      <label className="text-xs text-slate-600">
        {t("name")}
        <input name="name" defaultValue={row.name} className={inputClass} required />
      </label>
      <label className="text-xs text-slate-600">
        {t("minSpent", { symbol: currencySymbol })}
        <input
          name="minSpent"
          defaultValue={row.minSpent}
          inputMode="decimal"
          className={inputClass}
          required
        />
      </label>
      <label className="text-xs text-slate-600">
        {t("discountPercent")}
        <input
          name="discount"
          defaultValue={row.discount}
          inputMode="decimal"
          className={inputClass}
          required
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit" loading={busy}>
          {row.id ? t("save") : t("add")}
        </Button>
        {row.id && !confirmDelete && (
          <Button type="button" variant="ghost" onClick={() => setConfirmDelete(true)}>
            {t("delete")}
          </Button>
        )}
        {row.id && confirmDelete && (
          <Button type="button" variant="danger" onClick={remove}>
            {t("deleteConfirm", { name: row.name })}
          </Button>
        )}
      </div>
      {error && (
        <p className="text-sm text-red-700 sm:col-span-4" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}

export function TierEditor({ tiers, currencySymbol }: { tiers: Row[]; currencySymbol: string }) {
  const t = useTranslations("tiers.admin");
  return (
    <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {tiers.length === 0 && <p className="px-4 py-4 text-sm text-slate-600">{t("empty")}</p>}
      {tiers.map((tier) => (
        <TierRow key={tier.id} row={tier} currencySymbol={currencySymbol} />
      ))}
      <TierRow row={{ name: "", minSpent: "", discount: "" }} currencySymbol={currencySymbol} />
    </div>
  );
}
