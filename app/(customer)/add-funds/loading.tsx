import { useTranslations } from "next-intl";

export default function AddFundsLoading() {
  const t = useTranslations("common");
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label={t("loading")}>
      <div className="h-7 w-40 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-48 rounded-lg border border-slate-200 bg-white" />
        <div className="h-48 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
