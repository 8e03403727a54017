"use client";
// Deposit bonus rules and coupons: add one, switch one on or off.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import {
  createBonusRuleAction,
  createCouponAction,
  setBonusRuleActiveAction,
  setCouponActiveAction,
} from "@/lib/actions/admin/deposits";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";

function useSubmit() {
  const router = useRouter();
  const t = useTranslations("adminDeposits");
  const { pending, submit } = useActionForm();
  return {
    pending,
    run: async <T,>(work: () => Promise<ActionResult<T>>, form?: HTMLFormElement) => {
      const result = await submit(work);
      if (!result.ok) return void toast.error(result.error);
      toast.success(t("saved"));
      form?.reset();
      router.refresh();
    },
  };
}

export function ToggleButton({ kind, id, active }: { kind: "rule" | "coupon"; id: number; active: boolean }) {
  const t = useTranslations("adminDeposits");
  const { pending, run } = useSubmit();
  const action = kind === "rule" ? setBonusRuleActiveAction : setCouponActiveAction;
  return (
    <Button type="button" variant="ghost" loading={pending} onClick={() => run(() => action(id, !active))}>
      {active ? t("disable") : t("enable")}
    </Button>
  );
}

export function BonusRuleForm() {
  const t = useTranslations("adminDeposits");
  const { pending, run } = useSubmit();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={t("addRule")}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        void run(
          () =>
            createBonusRuleAction({
              minAmount: String(form.get("minAmount") ?? ""),
              percent: String(form.get("percent") ?? ""),
            }),
          event.currentTarget,
        );
      }}
    >
      <Field label={t("bonusMin")} name="minAmount" inputMode="decimal" className="w-36" required />
      <Field label={t("bonusPercent")} name="percent" inputMode="decimal" className="w-28" required />
      <Button type="submit" loading={pending}>
        {t("addRule")}
      </Button>
    </form>
  );
}

export function CouponForm() {
  const t = useTranslations("adminDeposits");
  const { pending, run } = useSubmit();
  return (
    <form
      className="grid gap-2 sm:grid-cols-2"
      aria-label={t("addCoupon")}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const field = (name: string) => String(form.get(name) ?? "");
        void run(
          () =>
            createCouponAction({
              code: field("code"),
              kind: field("kind"),
              value: field("value"),
              maxUses: field("maxUses"),
              expiresAt: field("expiresAt"),
            }),
          event.currentTarget,
        );
      }}
    >
      <Field label={t("couponCode")} name="code" required />
      <div>
        <label htmlFor="coupon-kind" className="mb-1 block text-sm font-medium text-slate-700">
          {t("couponKind")}
        </label>
        <select id="coupon-kind" name="kind" className={inputClass} defaultValue="fixed">
          <option value="fixed">{t("couponFixed")}</option>
          <option value="percent">{t("couponPercent")}</option>
        </select>
      </div>
      <Field label={t("couponValue")} name="value" inputMode="decimal" required />
      <Field label={t("couponMaxUses")} name="maxUses" inputMode="numeric" />
      <Field label={t("couponExpires")} name="expiresAt" type="date" />
      <div className="flex items-end">
        <Button type="submit" loading={pending}>
          {t("addCoupon")}
        </Button>
      </div>
    </form>
  );
}
