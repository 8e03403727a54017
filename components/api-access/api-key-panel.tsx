"use client";
// The customer's key: generate, regenerate (the old key stops at once) and the new key shown
// once with a copy button. Only the prefix is known afterwards.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { generateApiKeyAction } from "@/app/(customer)/api-access/actions";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/field";
import { CopyButton } from "./copy-button";

type Props = { apiAccess: boolean; prefix: string | null; createdAt: string | null; lastUsedAt: string | null };

export function ApiKeyPanel({ apiAccess, prefix, createdAt, lastUsedAt }: Props) {
  const router = useRouter();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [newKey, setNewKey] = useState<string>();

  if (!apiAccess) {
    return (
      <p className="text-sm text-red-700" role="alert">
        API access is turned off for your account. Please contact support.
      </p>
    );
  }

  async function generate() {
    if (prefix && !(await confirm({ title: "Generate a new key?", description: "The current key stops working immediately: every script or panel using it must be given the new one.", confirmLabel: "Generate new key", danger: true }))) return;
    setBusy(true);
    const result = await generateApiKeyAction();
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    setNewKey(result.data.key);
    toast.success(prefix ? "New key generated; the old one no longer works" : "API key generated");
    router.refresh();
  }

  return (
    <div className="space-y-4 text-sm">
      {newKey && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="new-api-key">
          <p className="mb-2 font-medium text-amber-900">Copy your key now: it is shown only once.</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input readOnly value={newKey} aria-label="API key" className={`${inputClass} font-mono`} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={newKey} label="Copy key" className="shrink-0 py-2" />
          </div>
        </div>
      )}
      {prefix ? (
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">Key</dt>
          <dd className="font-mono" data-testid="api-key-prefix">{prefix}…</dd>
          <dt className="text-slate-500">Created</dt>
          <dd>{createdAt}</dd>
          <dt className="text-slate-500">Last used</dt>
          <dd data-testid="api-key-last-used">{lastUsedAt ?? "never"}</dd>
        </dl>
      ) : (
        <p className="text-slate-600">You have no API key yet.</p>
      )}
      <Button onClick={generate} loading={busy} variant={prefix ? "secondary" : "primary"}>
        {prefix ? "Regenerate key" : "Generate key"}
      </Button>
    </div>
  );
}
