"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { syncPricesAction } from "@/app/admin/services/actions";
import { Button } from "@/components/ui/button";

export function SyncPricesButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function sync() {
    setBusy(true);
    const result = await syncPricesAction();
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    const { changes, failed, providers } = result.data;
    if (failed.length) toast.error(`Sync failed for ${failed.join("; ")}`);
    toast.success(`Synced ${providers} ${providers === 1 ? "provider" : "providers"}: ${changes} ${changes === 1 ? "change" : "changes"}`);
    router.refresh();
  }

  return (
    <Button variant="secondary" onClick={sync} loading={busy}>
      Sync prices now
    </Button>
  );
}
