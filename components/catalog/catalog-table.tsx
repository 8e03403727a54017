"use client";
// The service catalog customers browse (signed in, and the public version): search by name or
// id, filter by category, grouped by category. A table on wide screens, cards on phones.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Fragment, useDeferredValue, useMemo, useState } from "react";
import { ApproxPrice } from "@/components/currency/approx-price";
import { inputClass } from "@/components/ui/field";
import { th, td } from "@/components/ui/table";
import type { CatalogRow, CatalogView, Duration } from "@/lib/catalog/catalog-view";
import { formatNumber } from "@/lib/format";

type T = ReturnType<typeof useTranslations<"services">>;

type Props = {
  categories: CatalogView;
  /** Where "Order" links go, e.g. "/new-order"; no links when absent (public catalog). */
  orderPath?: string;
};

function matches(service: CatalogRow, query: string): boolean {
  if (!query) return true;
  const id = query.replace(/^#/, "");
  if (/^\d+$/.test(id) && String(service.id) === id) return true;
  return service.name.toLowerCase().includes(query.toLowerCase());
}

/** The average time in words: "1 h 30 min", "2 d 7 h"; a dash until there is data. */
function durationText(t: T, duration: Duration | null): string {
  if (duration === null) return t("duration.none");
  switch (duration.unit) {
    case "seconds":
      return t("duration.seconds", { seconds: duration.seconds });
    case "minutes":
      return t("duration.minutes", { minutes: duration.minutes });
    case "hours":
      return duration.minutes ? t("duration.hoursMinutes", duration) : t("duration.hours", duration);
    case "days":
      return duration.hours ? t("duration.daysHours", duration) : t("duration.days", duration);
  }
}

function Mark({ on, label, offLabel }: { on: boolean; label: string; offLabel: string }) {
  return on ? (
    <span className="inline-flex items-center gap-1 text-emerald-700" title={label}>
      <span aria-hidden>✓</span>
      <span className="sr-only">{label}</span>
    </span>
  ) : (
    <span className="text-slate-300" title={offLabel}>
      <span aria-hidden>–</span>
      <span className="sr-only">{offLabel}</span>
    </span>
  );
}

export function CatalogTable({ categories, orderPath }: Props) {
  const t = useTranslations("services");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [open, setOpen] = useState<number | null>(null);
  const deferred = useDeferredValue(query.trim());

  const visible = useMemo(
    () =>
      categories
        .filter((c) => !categoryId || String(c.id) === categoryId)
        .map((c) => ({ ...c, services: c.services.filter((s) => matches(s, deferred)) }))
        .filter((c) => c.services.length > 0),
    [categories, categoryId, deferred],
  );
  const count = visible.reduce((n, c) => n + c.services.length, 0);
  const toggle = (id: number) => setOpen((current) => (current === id ? null : id));
  const unit = (s: CatalogRow) => (s.perOrder ? t("perOrder") : t("per1000"));
  const refill = (s: CatalogRow) => <Mark on={s.refill} label={t("refill")} offLabel={t("noRefill")} />;
  const cancel = (s: CatalogRow) => <Mark on={s.cancel} label={t("cancel")} offLabel={t("noCancel")} />;

  const details = (s: CatalogRow, testId: string) => (
    <div className="space-y-2 text-sm text-slate-600" data-testid={`${testId}-${s.id}`}>
      <p className="whitespace-pre-line">{s.description ?? t("noDescription")}</p>
      <p className="text-xs text-slate-500">{t("type", { type: s.type })}</p>
      {orderPath && (
        <Link
          href={`${orderPath}?service=${s.id}`}
          className="inline-block font-medium text-brand-700 hover:underline"
        >
          {t("orderThis")}
        </Link>
      )}
    </div>
  );

  return (
    <div>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row">
        <label className="sm:flex-1">
          <span className="sr-only">{t("search")}</span>
          <input
            type="search"
            className={inputClass}
            placeholder={t("searchPlaceholder")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="catalog-search"
          />
        </label>
        <label className="sm:w-64">
          <span className="sr-only">{t("category")}</span>
          <select
            className={inputClass}
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value)}
            data-testid="catalog-category"
          >
            <option value="">{t("allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="mb-3 text-xs text-slate-500" aria-live="polite">
        {t("count", { count })}
      </p>

      {visible.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-500">
          {t("noMatch")}
        </div>
      ) : (
        <>
          {/* Wide screens: one table, a heading row per category. */}
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead>
                <tr>
                  <th className={th}>ID</th>
                  <th className={th}>{t("service")}</th>
                  <th className={`${th} text-right`}>{t("rate")}</th>
                  <th className={`${th} text-right`}>{t("min")}</th>
                  <th className={`${th} text-right`}>{t("max")}</th>
                  <th className={`${th} text-center`}>{t("refill")}</th>
                  <th className={`${th} text-center`}>{t("cancel")}</th>
                  <th className={th}>{t("averageTime")}</th>
                  <th className={th}>
                    <span className="sr-only">{t("details")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {visible.map((category) => (
                  <Fragment key={category.id}>
                    <tr className="bg-slate-50/70">
                      <th
                        colSpan={9}
                        scope="colgroup"
                        className="px-3 py-2 text-left text-sm font-semibold text-slate-800"
                      >
                        {category.name}
                      </th>
                    </tr>
                    {category.services.map((s) => (
                      <Fragment key={s.id}>
                        <tr data-testid={`catalog-row-${s.id}`}>
                          <td className={`${td} tabular-nums text-slate-500`}>{s.id}</td>
                          <td className={`${td} min-w-64 font-medium text-slate-900`}>{s.name}</td>
                          <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                            {s.rate} <span className="text-xs text-slate-500">{unit(s)}</span>
                            <ApproxPrice
                              price={s.approxRate}
                              className="block"
                              testId={`approx-rate-${s.id}`}
                            />
                          </td>
                          <td className={`${td} text-right tabular-nums`}>{formatNumber(s.min, locale)}</td>
                          <td className={`${td} text-right tabular-nums`}>{formatNumber(s.max, locale)}</td>
                          <td className={`${td} text-center`}>{refill(s)}</td>
                          <td className={`${td} text-center`}>{cancel(s)}</td>
                          <td className={`${td} whitespace-nowrap`}>{durationText(t, s.averageTime)}</td>
                          <td className={`${td} text-right`}>
                            <button
                              type="button"
                              className="text-sm font-medium text-brand-700 hover:underline"
                              onClick={() => toggle(s.id)}
                              aria-expanded={open === s.id}
                            >
                              {open === s.id ? t("hide") : t("details")}
                            </button>
                          </td>
                        </tr>
                        {open === s.id && (
                          <tr>
                            <td />
                            <td colSpan={8} className="px-3 pb-3">
                              {details(s, "service-details")}
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>

          {/* Phones: a card per service under each category heading. */}
          <div className="space-y-5 md:hidden">
            {visible.map((category) => (
              <section key={category.id}>
                <h2 className="mb-2 text-sm font-semibold text-slate-800">{category.name}</h2>
                <ul className="space-y-2">
                  {category.services.map((s) => (
                    <li
                      key={s.id}
                      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
                      data-testid={`catalog-card-${s.id}`}
                    >
                      <div className="flex items-start justify-between gap-3">
                        <p className="text-sm font-medium text-slate-900">
                          <span className="mr-1 text-slate-500 tabular-nums">#{s.id}</span>
                          {s.name}
                        </p>
                        <p className="shrink-0 text-right text-sm font-semibold tabular-nums text-slate-900">
                          {s.rate}
                          <span className="block text-xs font-normal text-slate-500">{unit(s)}</span>
                          <ApproxPrice price={s.approxRate} className="block" />
                        </p>
                      </div>
                      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-600">
                        <div className="flex gap-1">
                          <dt className="text-slate-500">{t("min")}</dt>
                          <dd className="tabular-nums">{formatNumber(s.min, locale)}</dd>
                        </div>
                        <div className="flex gap-1">
                          <dt className="text-slate-500">{t("max")}</dt>
                          <dd className="tabular-nums">{formatNumber(s.max, locale)}</dd>
                        </div>
                        <div className="flex gap-1">
                          <dt className="text-slate-500">{t("refill")}</dt>
                          <dd>{refill(s)}</dd>
                        </div>
                        <div className="flex gap-1">
                          <dt className="text-slate-500">{t("cancel")}</dt>
                          <dd>{cancel(s)}</dd>
                        </div>
                        <div className="col-span-2 flex gap-1">
                          <dt className="text-slate-500">{t("averageTime")}</dt>
                          <dd>{durationText(t, s.averageTime)}</dd>
                        </div>
                      </dl>
                      <button
                        type="button"
                        className="mt-2 text-sm font-medium text-brand-700"
                        onClick={() => toggle(s.id)}
                        aria-expanded={open === s.id}
                      >
                        {open === s.id ? t("hideDetails") : t("details")}
                      </button>
                      {open === s.id && (
                        <div className="mt-2 border-t border-slate-100 pt-2">
                          {details(s, "card-details")}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
