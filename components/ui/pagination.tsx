// Previous / next links with "page x of y" for any list whose filters live in the URL.
// A server component: plain links, so paging works before JavaScript loads.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import { hrefWith } from "@/lib/http/url-filters";

type Props = {
  path: string;
  /** The list's current filters, kept on every page link. */
  params?: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
  total?: number;
};

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";
const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";

export function Pagination({ path, params = {}, page, pageCount, total }: Props) {
  const t = useTranslations("common");
  const locale = useLocale();
  if (pageCount <= 1 && total === undefined) return null;
  const pages = Math.max(pageCount, 1);
  const go = (p: number) => hrefWith(path, params, { page: p });
  return (
    <nav
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
      aria-label={t("pagination")}
    >
      <span className="text-slate-500">
        {t("pageOf", {
          page: formatNumber(Math.min(page, pages), locale),
          pages: formatNumber(pages, locale),
        })}
        {total !== undefined && <> · {t("total", { total: formatNumber(total, locale) })}</>}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={go(page - 1)} className={linkClass} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            {t("previous")}
          </span>
        )}
        {page < pageCount ? (
          <Link href={go(page + 1)} className={linkClass} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            {t("next")}
          </span>
        )}
      </span>
    </nav>
  );
}
