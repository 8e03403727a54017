"use client";
// Mass order: one `service_id|link|quantity` per line; every line gets its own result.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { placeMassOrderAction, type MassOrderLineView } from "@/lib/actions/customer/orders";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";

const MAX_LINES = 100;

export function MassOrderForm() {
  const t = useTranslations("massOrder");
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
    if (lineCount === 0) return setError(t("empty"));
    if (lineCount > MAX_LINES) return setError(t("tooMany", { max: MAX_LINES }));
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
      const summary = failed ? t("placedSomeFailed", { placed, failed }) : t("placed", { placed });
      // Some lines failed: a warning, not a green "all good".
      if (failed) toast.warning(summary);
      else toast.success(summary);
      // Keep only the lines that failed, so they can be fixed and sent again.
      const failedLines = new Set(result.data.filter((r) => !r.ok).map((r) => r.line));
      setText(
        text
          .split(/\r?\n/)
          .filter((_, i) => failedLines.has(i + 1))
          .join("\n"),
      );
      router.refresh();
    } else {
      toast.error(t("nonePlaced"));
    }
  }

  return (
    <div className="space-y-6">
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <label htmlFor="mass-order-text" className="block text-sm font-medium text-slate-700">
          {t("label")}
        </label>
        <textarea
          id="mass-order-text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("placeholder")}
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
            {t("lines", { count: lineCount, max: MAX_LINES })}
          </p>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>

      {results && (
        <section aria-label={t("results")}>
          <h2 className="mb-2 text-sm font-semibold text-slate-800">
            {t("resultsTitle", {
              placed: results.rows.filter((r) => r.ok).length,
              failed: results.rows.filter((r) => !r.ok).length,
            })}
          </h2>
          <Table>
            <thead>
              <tr>
                <th className={th}>{t("line")}</th>
                <th className={th}>{t("orderLine")}</th>
                <th className={th}>{t("result")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {results.rows.map((r) => (
                <tr key={r.line} data-testid="mass-result" data-ok={r.ok}>
                  <td className={td}>{r.line}</td>
                  <td
                    className={`${td} max-w-28 truncate font-mono text-xs sm:max-w-64`}
                    title={results.lines[r.line - 1]}
                  >
                    {results.lines[r.line - 1]}
                  </td>
                  <td className={`${td} min-w-40 sm:min-w-48`}>
                    {r.ok ? (
                      <span className="flex flex-wrap items-center gap-2">
                        <StatusBadge tone="green">{t("ok")}</StatusBadge>
                        <Link href={`/orders?q=${r.orderId}`} className="text-brand-700 hover:underline">
                          {t("order", { id: r.orderId })}
                        </Link>
                        <span className="text-slate-500">{r.charge}</span>
                      </span>
                    ) : (
                      <span className="flex flex-wrap items-center gap-2">
                        <StatusBadge tone="red">{t("failed")}</StatusBadge>
                        <span className="text-red-700 [overflow-wrap:anywhere]">{r.error}</span>
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
