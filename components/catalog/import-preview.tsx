"use client";
// The import preview: the provider's services grouped by its categories, marked new / changed /
// unchanged / gone; the admin ticks what to import and names the category each group goes to.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { importServicesAction } from "@/lib/actions/admin/services";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StatusBadge, th, td } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";

type Status = "new" | "changed" | "unchanged" | "gone";
export type ImportItemView = {
  externalId: string;
  name: string;
  type: string;
  knownType: boolean;
  rate: string;
  suggested: string;
  unit: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  status: Status;
  changes: string[];
  importedAs: number[];
};
export type ImportGroupView = { category: string; items: ImportItemView[] };

const tones: Record<Status, "green" | "yellow" | "gray" | "red"> = {
  new: "green",
  changed: "yellow",
  unchanged: "gray",
  gone: "red",
};

export function ImportPreview({
  providerId,
  providerName,
  groups,
  counts,
  invalid,
  categoryNames,
}: {
  providerId: number;
  providerName: string;
  groups: ImportGroupView[];
  counts: Record<Status, number>;
  invalid: string[];
  categoryNames: string[];
}) {
  const t = useTranslations("adminServices.import");
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [showImported, setShowImported] = useState(false);
  const [pending, setPending] = useState(false);

  const importable = (item: ImportItemView) => item.status === "new";
  const visibleGroups = useMemo(
    () =>
      groups
        .map((g) => ({ ...g, items: g.items.filter((i) => showImported || importable(i)) }))
        .filter((g) => g.items.length > 0),
    [groups, showImported],
  );
  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  async function submit() {
    const items = groups.flatMap((g) =>
      g.items
        .filter((i) => selected.has(i.externalId))
        .map((i) => ({ externalId: i.externalId, categoryName: (targets[g.category] ?? g.category).trim() })),
    );
    setPending(true);
    const result = await importServicesAction({ providerId, items });
    setPending(false);
    if (!result.ok) return void toast.error(result.error);
    const { created, skipped } = result.data;
    toast.success(
      skipped ? t("importedSkipped", { count: created, skipped }) : t("imported", { count: created }),
    );
    router.push("/admin/services");
    router.refresh();
  }

  const allNew = groups.flatMap((g) => g.items.filter(importable).map((i) => i.externalId));

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <span className="font-medium text-slate-800">{providerName}:</span>
        <StatusBadge tone="green">{t("countNew", { count: counts.new })}</StatusBadge>
        <StatusBadge tone="yellow">{t("countChanged", { count: counts.changed })}</StatusBadge>
        <StatusBadge tone="gray">{t("countUnchanged", { count: counts.unchanged })}</StatusBadge>
        <StatusBadge tone="red">{t("countGone", { count: counts.gone })}</StatusBadge>
        <label className="ml-auto flex items-center gap-2 text-slate-700">
          <input type="checkbox" checked={showImported} onChange={(e) => setShowImported(e.target.checked)} />{" "}
          {t("showImported")}
        </label>
      </div>
      {invalid.length > 0 && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("unreadable", { list: invalid.join("; ") })}
        </p>
      )}
      <div className="sticky top-14 z-10 mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <span className="text-sm text-slate-600" data-testid="import-selected">
          {t("selected", { count: selected.size })}
        </span>
        <Button
          variant="secondary"
          className="py-1.5"
          onClick={() => toggle(allNew, true)}
          disabled={allNew.length === 0}
        >
          {t("selectAllNew")}
        </Button>
        <Button
          variant="ghost"
          className="py-1.5"
          onClick={() => setSelected(new Set())}
          disabled={selected.size === 0}
        >
          {t("clear")}
        </Button>
        <Button className="ml-auto" onClick={submit} loading={pending} disabled={selected.size === 0}>
          {t("submit", { count: selected.size })}
        </Button>
      </div>
      <datalist id="category-names">
        {categoryNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {visibleGroups.length === 0 && <p className="text-sm text-slate-500">{t("allImported")}</p>}
      <div className="space-y-6">
        {visibleGroups.map((group) => {
          const ids = group.items.filter(importable).map((i) => i.externalId);
          const all = ids.length > 0 && ids.every((id) => selected.has(id));
          return (
            <section
              key={group.category}
              className="rounded-lg border border-slate-200 bg-white shadow-sm"
              data-testid="import-group"
            >
              <header className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-4 py-3">
                <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
                  <input
                    type="checkbox"
                    checked={all}
                    disabled={ids.length === 0}
                    onChange={() => toggle(ids, !all)}
                    aria-label={t("selectGroup", { category: group.category })}
                  />
                  {group.category}
                </label>
                <label className="ml-auto flex items-center gap-2 whitespace-nowrap text-sm text-slate-600">
                  {t("importInto")}
                  <input
                    className={`${inputClass} !w-56 !py-1.5`}
                    list="category-names"
                    value={targets[group.category] ?? group.category}
                    onChange={(e) => setTargets((t) => ({ ...t, [group.category]: e.target.value }))}
                    aria-label={t("categoryFor", { category: group.category })}
                  />
                </label>
              </header>
              <div className="overflow-x-auto">
                <table className="min-w-full divide-y divide-slate-100 text-sm">
                  <thead>
                    <tr>
                      <th className={th}>
                        <span className="sr-only">{t("select")}</span>
                      </th>
                      <th className={th}>ID</th>
                      <th className={th}>{t("colService")}</th>
                      <th className={th}>{t("colStatus")}</th>
                      <th className={`${th} text-right`}>{t("colProviderRate")}</th>
                      <th className={`${th} text-right`}>{t("colYourPrice")}</th>
                      <th className={`${th} text-right`}>{t("colMinMax")}</th>
                      <th className={th}>{t("colFeatures")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {group.items.map((item) => (
                      <tr key={item.externalId} data-testid={`import-item-${item.externalId}`}>
                        <td className={td}>
                          <input
                            type="checkbox"
                            disabled={!importable(item)}
                            checked={selected.has(item.externalId)}
                            onChange={(e) => toggle([item.externalId], e.target.checked)}
                            aria-label={t("importItem", { name: item.name })}
                          />
                        </td>
                        <td className={`${td} tabular-nums text-slate-500`}>{item.externalId}</td>
                        <td className={`${td} min-w-64`}>
                          <div className="font-medium text-slate-900">{item.name}</div>
                          <div className="text-xs text-slate-500">
                            {item.type}
                            {!item.knownType && (
                              <span className="ml-1 text-amber-700">{t("unknownType")}</span>
                            )}
                          </div>
                          {item.changes.length > 0 && (
                            <div className="mt-1 text-xs text-amber-800">{item.changes.join("; ")}</div>
                          )}
                        </td>
                        <td className={td}>
                          <StatusBadge tone={tones[item.status]}>{t(`status.${item.status}`)}</StatusBadge>
                          {item.importedAs.length > 0 && (
                            <div className="mt-1 text-xs">
                              {item.importedAs.map((id) => (
                                <Link
                                  key={id}
                                  href={`/admin/services/${id}`}
                                  className="mr-1 text-brand-700 hover:underline"
                                >
                                  #{id}
                                </Link>
                              ))}
                            </div>
                          )}
                        </td>
                        <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                          {item.rate} <span className="text-xs text-slate-500">{item.unit}</span>
                        </td>
                        <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                          {item.status === "new" ? item.suggested : "—"}
                        </td>
                        <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                          {formatNumber(item.min, locale)} / {formatNumber(item.max, locale)}
                        </td>
                        <td className={`${td} whitespace-nowrap`}>
                          {[item.refill, item.cancel, item.dripfeed]
                            .map((on) => (on ? "✓" : "–"))
                            .join(" · ")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
