// Previous / next links with "page x of y" for any list whose filters live in the URL.
// A server component: plain links, so paging works before JavaScript loads.
import Link from "next/link";
import { hrefWith } from "@/lib/http/url-filters";

type Props = {
  path: string;
  /** The list's current filters, kept on every page link. */
  params?: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
  total?: number;
};

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";
const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";

export function Pagination({ path, params = {}, page, pageCount, total }: Props) {
  if (pageCount <= 1 && total === undefined) return null;
  const go = (p: number) => hrefWith(path, params, { page: p });
  return (
    <nav className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm" aria-label="Pagination">
      <span className="text-slate-500">
        Page {Math.min(page, Math.max(pageCount, 1))} of {Math.max(pageCount, 1)}
        {total !== undefined && <> · {total.toLocaleString("en-US")} total</>}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={go(page - 1)} className={linkClass} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">Previous</span>
        )}
        {page < pageCount ? (
          <Link href={go(page + 1)} className={linkClass} rel="next">
            Next
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">Next</span>
        )}
      </span>
    </nav>
  );
}
