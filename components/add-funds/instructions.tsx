// The owner's payment instructions (the panel's light Markdown, components/ui/light-markdown.tsx),
// or a note that there are none yet.
import { useTranslations } from "next-intl";
import { LightMarkdown } from "@/components/ui/light-markdown";
import { parseInstructions } from "@/lib/payments/instructions";

export function PaymentInstructions({ text }: { text: string }) {
  const t = useTranslations("addFunds");
  if (parseInstructions(text).length === 0)
    return <p className="text-sm text-slate-500">{t("noInstructions")}</p>;
  return <LightMarkdown text={text} testId="payment-instructions" />;
}
