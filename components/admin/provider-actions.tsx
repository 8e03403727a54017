"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  deleteProviderAction,
  refreshBalanceAction,
  testProviderAction,
} from "@/lib/actions/admin/providers";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";

export function ProviderActions({ id, canDelete }: { id: number; canDelete?: boolean }) {
  const t = useTranslations("adminProviders.actions");
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState<"test" | "refresh" | "delete">();
  const [testResult, setTestResult] = useState<string>();

  async function test() {
    setBusy("test");
    const result = await testProviderAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    const r = result.data;
    const text = r.ok
      ? t("connected", {
          balance: r.balance,
          currency: r.currency ?? "",
          count: r.serviceCount,
          ms: r.latencyMs,
        })
      : t("failedAt", { step: r.step, reason: r.reason, ms: r.latencyMs });
    setTestResult(text);
    if (r.ok) toast.success(text);
    else toast.error(text);
    router.refresh();
  }

  async function refresh() {
    setBusy("refresh");
    const result = await refreshBalanceAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    if (result.data.error) toast.error(t("balanceFailed", { error: result.data.error }));
    else toast.success(t("balance", { balance: result.data.balance ?? "" }));
    router.refresh();
  }

  async function remove() {
    if (
      !(await confirm({
        title: t("deleteTitle"),
        description: t("deleteDescription"),
        confirmLabel: t("deleteConfirm"),
        danger: true,
      }))
    )
      return;
    setBusy("delete");
    const result = await deleteProviderAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("deleted"));
    router.push("/admin/providers");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={test} loading={busy === "test"}>
          {t("test")}
        </Button>
        <Button variant="secondary" onClick={refresh} loading={busy === "refresh"}>
          {t("refresh")}
        </Button>
        {canDelete && (
          <Button variant="danger" onClick={remove} loading={busy === "delete"}>
            {t("delete")}
          </Button>
        )}
      </div>
      {testResult && (
        <p className="text-sm text-slate-600" data-testid="provider-test-result">
          {testResult}
        </p>
      )}
    </div>
  );
}
