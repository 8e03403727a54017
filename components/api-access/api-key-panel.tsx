"use client";
// The customer's key: generate, regenerate (the old key stops at once) and the new key shown
// once with a copy button. Only the prefix is known afterwards.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { generateApiKeyAction } from "@/lib/actions/customer/api-access";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { CopyButton } from "./copy-button";

type Props = {
  apiAccess: boolean;
  prefix: string | null;
  createdAt: string | null;
  lastUsedAt: string | null;
};

export function ApiKeyPanel({ apiAccess, prefix, createdAt, lastUsedAt }: Props) {
  const t = useTranslations("apiAccess");
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [newKey, setNewKey] = useState<string>();

  if (!apiAccess) {
    return (
      <p className="text-sm text-red-700" role="alert">
        {t("accessOff")}
      </p>
    );
  }

  async function generate() {
    if (
      prefix &&
      !(await confirm({
        title: t("confirmTitle"),
        description: t("confirmDescription"),
        confirmLabel: t("confirmLabel"),
        danger: true,
      }))
    )
      return;
    setBusy(true);
    const result = await generateApiKeyAction();
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    setNewKey(result.data.key);
    toast.success(prefix ? t("regenerated") : t("generated"));
    router.refresh();
  }

  return (
    <div className="space-y-4 text-sm">
      {newKey && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="new-api-key">
          <p className="mb-2 font-medium text-amber-900">{t("copyNow")}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              readOnly
              value={newKey}
              aria-label={t("keyLabel")}
              className={`${inputClass} font-mono`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={newKey} label={t("copyKey")} className="shrink-0 py-2" />
          </div>
        </div>
      )}
      {prefix ? (
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">{t("key")}</dt>
          <dd className="font-mono" data-testid="api-key-prefix">
            {prefix}…
          </dd>
          <dt className="text-slate-500">{t("created")}</dt>
          <dd>{createdAt}</dd>
          <dt className="text-slate-500">{t("lastUsed")}</dt>
          <dd data-testid="api-key-last-used">{lastUsedAt ?? t("never")}</dd>
        </dl>
      ) : (
        <p className="text-slate-600">{t("noKey")}</p>
      )}
      <Button onClick={generate} loading={busy} variant={prefix ? "secondary" : "primary"}>
        {prefix ? t("regenerate") : t("generate")}
      </Button>
    </div>
  );
}
