// The audit log's filters: a plain GET form, so the filters live in the URL.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";

type Values = {
  actor?: string;
  action?: string;
  target?: string;
  targetId?: string;
  from?: string;
  to?: string;
};

const label = "mb-1 block text-sm font-medium text-slate-700";

export function AuditFilters({
  values,
  actions,
  targetTypes,
}: {
  values: Values;
  actions: string[];
  targetTypes: string[];
}) {
  const t = useTranslations("adminAudit.filters");
  const prefixes = [...new Set(actions.map((a) => a.split(".")[0] + "."))];
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      role="search"
    >
      <div>
        <label htmlFor="audit-actor" className={label}>
          {t("actor")}
        </label>
        <input
          id="audit-actor"
          name="actor"
          defaultValue={values.actor}
          placeholder={t("actorPlaceholder")}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="audit-action" className={label}>
          {t("action")}
        </label>
        <select id="audit-action" name="action" defaultValue={values.action ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {prefixes.map((p) => (
            <option key={p} value={p}>
              {p}*
            </option>
          ))}
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-target" className={label}>
          {t("target")}
        </label>
        <select id="audit-target" name="target" defaultValue={values.target ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {targetTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-target-id" className={label}>
          {t("targetId")}
        </label>
        <input id="audit-target-id" name="targetId" defaultValue={values.targetId} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-from" className={label}>
          {t("from")}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-to" className={label}>
          {t("to")}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to} className={inputClass} />
      </div>
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className={buttonClass()}>
          {t("apply")}
        </button>
        <Link href="/admin/audit" className={buttonClass("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
