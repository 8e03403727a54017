// Shown while an admin page's data loads.
import { useTranslations } from "next-intl";

export default function AdminLoading() {
  const t = useTranslations("common");
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label={t("loading")}>
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="h-4 w-72 rounded bg-slate-100" />
      <div className="h-64 rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
