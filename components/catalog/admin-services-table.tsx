"use client";
// The admin's service list with selection and bulk actions (enable, disable, move, markup, description).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { bulkServicesAction } from "@/lib/actions/admin/services";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StatusBadge, Table, td, th } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import type { BulkActionInput } from "@/lib/validations/catalog";

export type AdminServiceView = {
  id: number;
  name: string;
  type: string;
  unit: string;
  enabled: boolean;
  available: boolean;
  categoryName: string;
  providerName: string;
  externalId: string;
  min: number;
  max: number;
  cost: string;
  price: string;
  margin: string;
  rule: string;
  belowCost: boolean;
  allowBelowCost: boolean;
  roundingDistorts: boolean;
  rateMissing: boolean;
};

export function AdminServicesTable({
  rows,
  categories,
}: {
  rows: AdminServiceView[];
  categories: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("adminServices.table");
  const tc = useTranslations("currency");
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [moveTo, setMoveTo] = useState("");
  const [percent, setPercent] = useState("");
  const [fixed, setFixed] = useState("");
  const [description, setDescription] = useState("");

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function run(input: BulkActionInput, done: string) {
    setBusy(true);
    const result = await bulkServicesAction(input);
    setBusy(false);
    if (!result.ok) return void toast.error(result.error);
    const { updated, skipped } = result.data;
    toast.success(t("updated", { done, count: updated }));
    if (skipped.length)
      toast.warning(t("skipped", { list: skipped.map((s) => `#${s.id} (${s.reason})`).join(", ") }));
    setSelected(new Set());
    router.refresh();
  }

  const serviceIds = [...selected];

  return (
    <div>
      <div
        className="mb-3 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        aria-label={t("bulkActions")}
      >
        <span className="mr-2 self-center text-slate-600" data-testid="selected-count">
          {t("selected", { count: selected.size })}
        </span>
        <Button
          variant="secondary"
          className="py-1.5"
          disabled={!selected.size}
          loading={busy}
          onClick={() => run({ op: "enable", serviceIds }, t("done.enabled"))}
        >
          {t("enable")}
        </Button>
        <Button
          variant="secondary"
          className="py-1.5"
          disabled={!selected.size}
          loading={busy}
          onClick={() => run({ op: "disable", serviceIds }, t("done.disabled"))}
        >
          {t("disable")}
        </Button>
        <span className="flex items-center gap-1">
          <select
            className={`${inputClass} !w-44 !py-1.5`}
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
            aria-label={t("moveToCategory")}
          >
            <option value="">{t("moveTo")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            className="py-1.5"
            disabled={!selected.size || !moveTo}
            loading={busy}
            onClick={() => run({ op: "move", serviceIds, categoryId: Number(moveTo) }, t("done.moved"))}
          >
            {t("move")}
          </Button>
        </span>
        <span className="flex items-center gap-1">
          <input
            className={`${inputClass} !w-28 !py-1.5`}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            placeholder={t("markupPlaceholder")}
            inputMode="decimal"
            aria-label={t("markupPercent")}
          />
          <input
            className={`${inputClass} !w-28 !py-1.5`}
            value={fixed}
            onChange={(e) => setFixed(e.target.value)}
            placeholder={t("fixedPlaceholder")}
            inputMode="decimal"
            aria-label={t("fixedPer1000")}
          />
          <Button
            variant="secondary"
            className="whitespace-nowrap py-1.5"
            disabled={!selected.size}
            loading={busy}
            onClick={() =>
              run(
                { op: "markup", serviceIds, markupPercent: percent, markupFixed: fixed },
                percent || fixed ? t("done.markedUp") : t("done.ruleReset"),
              )
            }
            title={t("markupHint")}
          >
            {t("applyMarkup")}
          </Button>
        </span>
        <span className="flex w-full items-center gap-1 sm:w-auto">
          <input
            className={`${inputClass} !py-1.5 sm:!w-64`}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            placeholder={t("descriptionPlaceholder")}
            aria-label={t("descriptionLabel")}
          />
          <Button
            variant="secondary"
            className="whitespace-nowrap py-1.5"
            disabled={!selected.size}
            loading={busy}
            onClick={() =>
              run(
                { op: "describe", serviceIds, description },
                description ? t("done.described") : t("done.descriptionCleared"),
              )
            }
          >
            {t("setDescription")}
          </Button>
        </span>
      </div>
      <Table>
        <thead>
          <tr>
            <th className={th}>
              <input
                type="checkbox"
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                aria-label={t("selectAll")}
              />
            </th>
            <th className={th}>ID</th>
            <th className={th}>{t("colService")}</th>
            <th className={th}>{t("colCategory")}</th>
            <th className={th}>{t("colStatus")}</th>
            <th className={`${th} text-right`}>{t("colMinMax")}</th>
            <th className={`${th} text-right`}>{t("colCost")}</th>
            <th className={`${th} text-right`}>{t("colPrice")}</th>
            <th className={`${th} text-right`}>{t("colMargin")}</th>
            <th className={th}>{t("colRule")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid={`admin-service-${r.id}`}
              className={r.belowCost && !r.allowBelowCost ? "bg-amber-50/60" : undefined}
            >
              <td className={td}>
                <input
                  type="checkbox"
                  checked={selected.has(r.id)}
                  onChange={() => toggle(r.id)}
                  aria-label={t("selectService", { id: r.id })}
                />
              </td>
              <td className={`${td} tabular-nums text-slate-500`}>{r.id}</td>
              <td className={`${td} min-w-64`}>
                <Link href={`/admin/services/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>
                <div className="text-xs text-slate-500">
                  {r.type} · {r.providerName} #{r.externalId}
                </div>
              </td>
              <td className={td}>{r.categoryName}</td>
              <td className={`${td} space-y-1`}>
                {r.enabled ? (
                  <StatusBadge tone="green">{t("enabled")}</StatusBadge>
                ) : (
                  <StatusBadge tone="gray">{t("disabled")}</StatusBadge>
                )}
                {!r.available && (
                  <div>
                    <StatusBadge tone="red">{t("goneUpstream")}</StatusBadge>
                  </div>
                )}
                {r.belowCost && (
                  <div>
                    <StatusBadge tone={r.allowBelowCost ? "blue" : "yellow"}>
                      {r.allowBelowCost ? t("belowCostAllowed") : t("belowCost")}
                    </StatusBadge>
                  </div>
                )}
                {r.rateMissing && (
                  <div>
                    <Link href="/admin/currencies">
                      <StatusBadge tone="red">{tc("noExchangeRate")}</StatusBadge>
                    </Link>
                  </div>
                )}
                {r.roundingDistorts && (
                  <div title={tc("roundingDistortsHint")}>
                    <StatusBadge tone="yellow">{tc("roundingDistorts")}</StatusBadge>
                  </div>
                )}
              </td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                {formatNumber(r.min, locale)} / {formatNumber(r.max, locale)}
              </td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{r.cost}</td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums font-medium`}>
                {r.price}
                <div className="text-xs font-normal text-slate-500">{r.unit}</div>
              </td>
              <td
                className={`${td} whitespace-nowrap text-right tabular-nums ${r.belowCost ? "text-red-600" : ""}`}
              >
                {r.margin}
              </td>
              <td className={`${td} whitespace-nowrap text-xs text-slate-600`}>{r.rule}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
