"use client";
// Mass order: one `service_id|link|quantity` per line; every line gets its own result.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { placeMassOrderAction, type MassOrderLineView } from "@/app/(customer)/mass-order/actions";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";

const MAX_LINES = 100;

export function MassOrderForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const idempotencyKey = useIdempotencyKey();
  const [results, setResults] = useState<{ lines: string[]; rows: MassOrderLineView[] }>();
  const lineCount = text.split(/\r?\n/).filter((l) => l.trim() !== "").length;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (lineCount === 0) return setError("Enter at least one line: service_id|link|quantity");
    if (lineCount > MAX_LINES) return setError(`Up to ${MAX_LINES} lines at a time`);
    setPending(true);
    const result = await placeMassOrderAction({ text, idempotencyKey: idempotencyKey.current() });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    idempotencyKey.renew();
    const placed = result.data.filter((r) => r.ok).length;
    const failed = result.data.length - placed;
    setResults({ lines: text.split(/\r?\n/), rows: result.data });
    if (placed > 0) {
      toast.success(`${placed} order${placed === 1 ? "" : "s"} placed${failed ? `, ${failed} line${failed === 1 ? "" : "s"} failed` : ""}`);
      // Keep only the lines that failed, so they can be fixed and sent again.
      const failedLines = new Set(result.data.filter((r) => !r.ok).map((r) => r.line));
      setText(text.split(/\r?\n/).filter((_, i) => failedLines.has(i + 1)).join("\n"));
      router.refresh();
    } else {
      toast.error("No line could be placed; see the reasons below");
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <label htmlFor="mass-order-text" className="block text-sm font-medium text-slate-700">
          Orders, one per line
        </label>
        <textarea
          id="mass-order-text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={"service_id|link|quantity\n1|https://instagram.com/example|1000"}
          className={`${inputClass} font-mono`}
          aria-invalid={error ? true : undefined}
          spellCheck={false}
        />
        {error && (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
            {error}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className={`text-xs ${lineCount > MAX_LINES ? "text-red-600" : "text-slate-500"}`}>
            {lineCount} / {MAX_LINES} lines. Each valid line is placed as its own order; the total is checked against your balance first.
          </p>
          <Button type="submit" loading={pending}>
            Place orders
          </Button>
        </div>
      </form>

      {results && (
        <section aria-label="Results">
          <h2 className="mb-2 text-sm font-semibold text-slate-800">
            Results: {results.rows.filter((r) => r.ok).length} placed, {results.rows.filter((r) => !r.ok).length} failed
          </h2>
          <Table>
            <thead>
              <tr>
                <th className={th}>Line</th>
                <th className={th}>Order line</th>
                <th className={th}>Result</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {results.rows.map((r) => (
                <tr key={r.line} data-testid="mass-result" data-ok={r.ok}>
                  <td className={td}>{r.line}</td>
                  <td className={`${td} max-w-64 truncate font-mono text-xs`} title={results.lines[r.line - 1]}>
                    {results.lines[r.line - 1]}
                  </td>
                  <td className={`${td} min-w-48`}>
                    {r.ok ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <StatusBadge tone="green">Placed</StatusBadge>
                        <Link href={`/orders?q=${r.orderId}`} className="text-brand-700 hover:underline">
                          Order #{r.orderId}
                        </Link>
                        <span className="text-slate-500">{r.charge}</span>
                      </span>
                    ) : (
                      <span className="flex flex-wrap items-center gap-2">
                        <StatusBadge tone="red">Failed</StatusBadge>
                        <span className="text-red-700">{r.error}</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
    </div>
  );
}
