// The loading state of the order pages: a header and a few grey rows while the data loads.
// `page` is the page's key in messages/<locale>/nav.json.
import { useTranslations } from "next-intl";

export function ListSkeleton({ rows = 6, page }: { rows?: number; page: string }) {
  const t = useTranslations();
  const title = t(`nav.${page}`);
  return (
    <div aria-busy="true" aria-label={t("common.loadingPage", { title })}>
      <h1 className="mb-6 text-xl font-semibold text-slate-900">{title}</h1>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
