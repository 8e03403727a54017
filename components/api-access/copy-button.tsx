"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function CopyButton({ text, label = "Copy", className = "" }: { text: string; label?: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error("Could not copy; select the text and copy it by hand");
    }
  }
  return (
    <Button type="button" variant="secondary" onClick={copy} className={`px-2 py-1 text-xs ${className}`}>
      {copied ? "Copied" : label}
    </Button>
  );
}
