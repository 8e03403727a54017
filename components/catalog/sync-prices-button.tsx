"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { syncPricesAction } from "@/lib/actions/admin/services";
import { Button } from "@/components/ui/button";

export function SyncPricesButton() {
  const t = useTranslations("adminServices.sync");
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function sync() {
    setBusy(true);
    const result = await syncPricesAction();
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    const { changes, failed, providers } = result.data;
    if (failed.length) toast.error(t("failed", { list: failed.join("; ") }));
    toast.success(t("done", { providers, changes }));
    router.refresh();
  }

  return (
    <Button variant="secondary" onClick={sync} loading={busy}>
      {t("button")}
    </Button>
  );
}
