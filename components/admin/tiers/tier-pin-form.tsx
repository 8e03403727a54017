"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { pinUserTierAction } from "@/lib/actions/admin/tiers";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function TierPinForm({
  userId,
  pinnedId,
  tiers,
}: {
  userId: number;
  pinnedId: number | null;
  tiers: { id: number; name: string }[];
}) {
  const t = useTranslations("tiers.admin");
  const router = useRouter();
  const [value, setValue] = useState(pinnedId === null ? "" : String(pinnedId));
  const { pending: busy, submit } = useActionForm();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await submit(() => pinUserTierAction(userId, value === "" ? null : Number(value)));
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("pinSaved"));
    router.refresh();
  }

  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2" aria-label={t("pinTitle")}>
      <label className="min-w-48 flex-1 text-sm text-slate-700">
        {t("pinLabel")}
        <select value={value} onChange={(e) => setValue(e.target.value)} className={inputClass}>
          <option value="">{t("pinAuto")}</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" loading={busy}>
        {t("pinSave")}
      </Button>
    </form>
  );
}
