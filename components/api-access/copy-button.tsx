"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** `label` defaults to "Copy" in the reader's language. */
export function CopyButton({
  text,
  label,
  className = "",
}: {
  text: string;
  label?: string;
  className?: string;
}) {
  const t = useTranslations("apiAccess");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error(t("copyFailed"));
    }
  }
  return (
    <Button type="button" variant="secondary" onClick={copy} className={`px-2 py-1 text-xs ${className}`}>
      {copied ? t("copied") : (label ?? t("copy"))}
    </Button>
  );
}
