"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { deleteProviderAction, refreshBalanceAction, testProviderAction } from "@/app/admin/providers/actions";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";

export function ProviderActions({ id, canDelete }: { id: number; canDelete?: boolean }) {
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
      ? `Connected: balance ${r.balance} ${r.currency ?? ""}, ${r.serviceCount} services, ${r.latencyMs} ms`
      : `Failed at ${r.step}: ${r.reason} (${r.latencyMs} ms)`;
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
    if (result.data.error) toast.error(`Balance check failed: ${result.data.error}`);
    else toast.success(`Balance: ${result.data.balance}`);
    router.refresh();
  }

  async function remove() {
    if (!(await confirm({ title: "Delete this provider?", description: "Its settings and exchange log are removed. This cannot be undone.", confirmLabel: "Delete provider", danger: true }))) return;
    setBusy("delete");
    const result = await deleteProviderAction(id);
    setBusy(undefined);
    if (!result.ok) return void toast.error(result.error);
    toast.success("Provider deleted");
    router.push("/admin/providers");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={test} loading={busy === "test"}>
          Test connection
        </Button>
        <Button variant="secondary" onClick={refresh} loading={busy === "refresh"}>
          Refresh balance
        </Button>
        {canDelete && (
          <Button variant="danger" onClick={remove} loading={busy === "delete"}>
            Delete
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
