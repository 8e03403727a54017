"use client";
// The service catalog customers browse (signed in, and the public version): search by name or
// id, filter by category, grouped by category. A table on wide screens, cards on phones.
import Link from "next/link";
import { Fragment, useDeferredValue, useMemo, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { th, td } from "@/components/ui/table";
import type { CatalogRow, CatalogView } from "@/lib/catalog/catalog-view";

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

function Mark({ on, label }: { on: boolean; label: string }) {
  return on ? (
    <span className="inline-flex items-center gap-1 text-emerald-700" title={label}>
      <span aria-hidden>✓</span>
      <span className="sr-only">{label}</span>
    </span>
  ) : (
    <span className="text-slate-300" title={`No ${label.toLowerCase()}`}>
      <span aria-hidden>–</span>
      <span className="sr-only">No {label.toLowerCase()}</span>
    </span>
  );
}

export function CatalogTable({ categories, orderPath }: Props) {
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

  const details = (s: CatalogRow, testId: string) => (
    <div className="space-y-2 text-sm text-slate-600" data-testid={`${testId}-${s.id}`}>
      <p className="whitespace-pre-line">{s.description ?? "No description."}</p>
      <p className="text-xs text-slate-500">Type: {s.type}</p>
      {orderPath && (
        <Link href={`${orderPath}?service=${s.id}`} className="inline-block font-medium text-brand-700 hover:underline">
          Order this service →
        </Link>
      )}
    </div>
  );

  return (
    <div>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row">
        <label className="sm:flex-1">
          <span className="sr-only">Search services</span>
          <input
            type="search"
            className={inputClass}
            placeholder="Search by name or ID"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="catalog-search"
          />
        </label>
        <label className="sm:w-64">
          <span className="sr-only">Category</span>
          <select className={inputClass} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} data-testid="catalog-category">
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="mb-3 text-xs text-slate-500" aria-live="polite">
        {count} {count === 1 ? "service" : "services"}
      </p>

      {visible.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-500">
          No service matches your search.
        </div>
      ) : (
        <>
          {/* Wide screens: one table, a heading row per category. */}
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead>
                <tr>
                  <th className={th}>ID</th>
                  <th className={th}>Service</th>
                  <th className={`${th} text-right`}>Rate</th>
                  <th className={`${th} text-right`}>Min</th>
                  <th className={`${th} text-right`}>Max</th>
                  <th className={`${th} text-center`}>Refill</th>
                  <th className={`${th} text-center`}>Cancel</th>
                  <th className={th}>Avg. time</th>
                  <th className={th}>
                    <span className="sr-only">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {visible.map((category) => (
                  <Fragment key={category.id}>
                    <tr className="bg-slate-50/70">
                      <th colSpan={9} scope="colgroup" className="px-3 py-2 text-left text-sm font-semibold text-slate-800">
                        {category.name}
                      </th>
                    </tr>
                    {category.services.map((s) => (
                      <Fragment key={s.id}>
                        <tr data-testid={`catalog-row-${s.id}`}>
                          <td className={`${td} tabular-nums text-slate-500`}>{s.id}</td>
                          <td className={`${td} min-w-64 font-medium text-slate-900`}>{s.name}</td>
                          <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                            {s.rate} <span className="text-xs text-slate-500">{s.unit}</span>
                          </td>
                          <td className={`${td} text-right tabular-nums`}>{s.min.toLocaleString("en-US")}</td>
                          <td className={`${td} text-right tabular-nums`}>{s.max.toLocaleString("en-US")}</td>
                          <td className={`${td} text-center`}><Mark on={s.refill} label="Refill" /></td>
                          <td className={`${td} text-center`}><Mark on={s.cancel} label="Cancel" /></td>
                          <td className={`${td} whitespace-nowrap`}>{s.averageTime}</td>
                          <td className={`${td} text-right`}>
                            <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => toggle(s.id)} aria-expanded={open === s.id}>
                              {open === s.id ? "Hide" : "Details"}
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
                    <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={`catalog-card-${s.id}`}>
                      <div className="flex items-start justify-between gap-3">
                        <p className="text-sm font-medium text-slate-900">
                          <span className="mr-1 text-slate-500 tabular-nums">#{s.id}</span>
                          {s.name}
                        </p>
                        <p className="shrink-0 text-right text-sm font-semibold tabular-nums text-slate-900">
                          {s.rate}
                          <span className="block text-xs font-normal text-slate-500">{s.unit}</span>
                        </p>
                      </div>
                      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-600">
                        <div className="flex gap-1"><dt className="text-slate-500">Min</dt><dd className="tabular-nums">{s.min.toLocaleString("en-US")}</dd></div>
                        <div className="flex gap-1"><dt className="text-slate-500">Max</dt><dd className="tabular-nums">{s.max.toLocaleString("en-US")}</dd></div>
                        <div className="flex gap-1"><dt className="text-slate-500">Refill</dt><dd><Mark on={s.refill} label="Refill" /></dd></div>
                        <div className="flex gap-1"><dt className="text-slate-500">Cancel</dt><dd><Mark on={s.cancel} label="Cancel" /></dd></div>
                        <div className="col-span-2 flex gap-1"><dt className="text-slate-500">Avg. time</dt><dd>{s.averageTime}</dd></div>
                      </dl>
                      <button type="button" className="mt-2 text-sm font-medium text-brand-700" onClick={() => toggle(s.id)} aria-expanded={open === s.id}>
                        {open === s.id ? "Hide details" : "Details"}
                      </button>
                      {open === s.id && <div className="mt-2 border-t border-slate-100 pt-2">{details(s, "card-details")}</div>}
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
