// The owner's payment instructions as React elements (see lib/payments/instructions.ts): text
// is always escaped by React, links only ever http(s).
import { useTranslations } from "next-intl";
import { parseInstructions, type Inline } from "@/lib/payments/instructions";

function Line({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "bold" ? (
          <strong key={i}>{p.text}</strong>
        ) : p.kind === "link" ? (
          <a key={i} href={p.text} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">{p.text}</a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export function PaymentInstructions({ text }: { text: string }) {
  const t = useTranslations("addFunds");
  const blocks = parseInstructions(text);
  if (blocks.length === 0) return <p className="text-sm text-slate-500">{t("noInstructions")}</p>;
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-700" data-testid="payment-instructions">
      {blocks.map((block, i) =>
        block.kind === "list" ? (
          <ul key={i} className="list-disc space-y-1 pl-5">
            {block.items.map((item, j) => <li key={j}><Line parts={item} /></li>)}
          </ul>
        ) : (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                <Line parts={line} />
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
