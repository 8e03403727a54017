// The panel's light Markdown (lib/payments/instructions.ts: paragraphs, "- " bullets, **bold**,
// http(s) links) as React elements: text is always escaped by React, links only ever http(s).
import { parseInstructions, type Inline } from "@/lib/payments/instructions";

function Line({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "bold" ? (
          <strong key={i}>{p.text}</strong>
        ) : p.kind === "link" ? (
          <a
            key={i}
            href={p.text}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="break-all text-brand-700 underline"
          >
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export function LightMarkdown({
  text,
  className = "space-y-3 text-sm leading-relaxed text-slate-700",
  testId,
}: {
  text: string;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={className} data-testid={testId}>
      {parseInstructions(text).map((block, i) =>
        block.kind === "list" ? (
          <ul key={i} className="list-disc space-y-1 pl-5">
            {block.items.map((item, j) => (
              <li key={j}>
                <Line parts={item} />
              </li>
            ))}
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
