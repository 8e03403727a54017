"use client";
// The recovery codes, shown once right after set-up, with copy and download.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const t = useTranslations("twoFactor");
  const [copied, setCopied] = useState(false);
  const text = `${t("downloadHeading")}\n\n${codes.join("\n")}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopied(true);
    } catch {
      toast.error(t("copyFailed"));
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-4 text-sm">
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
        <h3 className="font-medium">{t("codesTitle")}</h3>
        <p className="mt-1">{t("codesIntro")}</p>
      </div>
      <ul className="grid grid-cols-2 gap-2 font-mono text-sm sm:max-w-md" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1 text-center text-slate-900">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </Button>
        <Button type="button" variant="secondary" onClick={download}>
          {t("download")}
        </Button>
        <Button type="button" onClick={onDone}>
          {t("savedDone")}
        </Button>
      </div>
    </div>
  );
}
