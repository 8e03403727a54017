// The users list's filters: a plain GET form, so the filters live in the URL.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";

type Values = { q?: string; role?: string; status?: string; sort?: string; dir?: string };

const selectClass = `${inputClass} w-auto`;

export function UserFilters({ values }: { values: Values }) {
  const t = useTranslations("adminUsers");
  return (
    <form method="get" action="/admin/users" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div className="min-w-56 flex-1">
        <label htmlFor="user-q" className="mb-1 block text-sm font-medium text-slate-700">
          {t("filters.search")}
        </label>
        <input
          id="user-q"
          name="q"
          defaultValue={values.q}
          placeholder={t("filters.searchPlaceholder")}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="user-role" className="mb-1 block text-sm font-medium text-slate-700">
          {t("filters.role")}
        </label>
        <select id="user-role" name="role" defaultValue={values.role ?? ""} className={selectClass}>
          <option value="">{t("filters.any")}</option>
          <option value="CUSTOMER">{t("role.CUSTOMER")}</option>
          <option value="ADMIN">{t("role.ADMIN")}</option>
          <option value="OWNER">{t("role.OWNER")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="user-status" className="mb-1 block text-sm font-medium text-slate-700">
          {t("filters.status")}
        </label>
        <select id="user-status" name="status" defaultValue={values.status ?? ""} className={selectClass}>
          <option value="">{t("filters.any")}</option>
          <option value="ACTIVE">{t("status.ACTIVE")}</option>
          <option value="SUSPENDED">{t("status.SUSPENDED")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="user-sort" className="mb-1 block text-sm font-medium text-slate-700">
          {t("filters.sortBy")}
        </label>
        <select id="user-sort" name="sort" defaultValue={values.sort ?? "created"} className={selectClass}>
          {(["created", "balance", "spent", "lastLogin"] as const).map((sort) => (
            <option key={sort} value={sort}>
              {t(`filters.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="user-dir" className="mb-1 block text-sm font-medium text-slate-700">
          {t("filters.order")}
        </label>
        <select id="user-dir" name="dir" defaultValue={values.dir ?? "desc"} className={selectClass}>
          <option value="desc">{t("filters.desc")}</option>
          <option value="asc">{t("filters.asc")}</option>
        </select>
      </div>
      <button type="submit" className={buttonClass()}>
        {t("filters.apply")}
      </button>
      <Link href="/admin/users" className={buttonClass("ghost")}>
        {t("filters.reset")}
      </Link>
    </form>
  );
}
